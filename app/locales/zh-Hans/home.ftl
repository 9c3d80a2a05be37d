## The home page.

home-title = 水务公司互助，提供安全饮用水和卫生设施
home-lead = WaterLinks 连接亚洲及太平洋地区的城市供水和卫生运营商，让拥有成熟方案的一方为有需要的一方提供指导。
home-what-we-do = 网络的工作
home-wops-title = 水务运营商合作伙伴关系
home-wops-text = 拥有成熟方案的导师方水务公司与受援方水务公司合作，在协议和联合工作计划下用 12 至 24 个月应对其服务难题。
home-capacity-title = 区域能力建设
home-capacity-text = 帮助合作伙伴关系取得成功的培训项目、工具包、手册和应用研究。
home-sharing-title = 信息共享与交流
home-sharing-text = 来自合作伙伴关系的良好实践、行业活动，以及设有卓越合作伙伴关系奖项的 WaterLinks 年度论坛。
home-loading = 正在加载网络成果…
home-stat-utilities = 水务公司
home-stat-countries = 国家
home-stat-organizations = 组织
home-results = 迄今成果
home-results-link = 查看成果仪表板
home-coming-up = 即将举行
home-no-events = 尚未公布活动。
home-all-events = 全部活动
home-latest-stories = 最新故事
home-no-stories = 尚未发布故事。
home-all-stories = 全部故事
