## 网络成果：仪表板、图表和表格、地图、XLSX/PDF/CSV 报告以及开发者页面。

results-title = 网络成果
results-lead = 根据合作伙伴报告的数据，展示网络的合作伙伴关系、培训和知识产品所取得的成果。
results-loading = 正在加载数据…
results-online = 线上

## 筛选
results-filter-label = 筛选成果
results-from-year = 起始年份
results-to-year = 结束年份
results-any = 不限
results-status = 合作伙伴关系状态
results-any-status = 所有状态
results-show = 显示
results-clear = 清除
results-filter-bad-year = “{ $value }”不是 { $first } 至 { $last } 之间的年份。
results-filter-period-reversed = 期间的结束年份（{ $to }）早于起始年份（{ $from }）。
results-filter-unknown-country = 网络中没有位于该国家的组织。
results-filter-unknown-topic = 这不是网络的主题之一。
results-filter-unknown-status = “{ $value }”不是合作伙伴关系的状态。
results-period-all = 所有年份
results-period-from = { $year } 年起
results-period-to = 截至 { $year } 年
results-showing = 当前显示：{ $scope }

## 合作伙伴关系状态
results-state-proposed = 已提议
results-state-introduced = 已对接
results-state-agreed = 已达成意向
results-state-active = 进行中
results-state-completed = 已完成
results-state-closed-early = 提前结束
results-partnerships-proposed = 已提议的合作伙伴关系
results-partnerships-introduced = 已对接的合作伙伴关系
results-partnerships-agreed = 已达成意向的合作伙伴关系
results-partnerships-active = 进行中的合作伙伴关系
results-partnerships-completed = 已完成的合作伙伴关系
results-partnerships-closed-early = 提前结束的合作伙伴关系

## 主要数据
results-fig-active = 进行中的合作伙伴关系
results-fig-completed = 已完成的合作伙伴关系
results-fig-utilities = 参与的供水企业
results-fig-people = 新获得或改善服务的人数
results-fig-trained = 受训员工
results-fig-downloads = 知识产品下载次数

## 仪表板
results-report-xlsx = 报告（XLSX）
results-report-pdf = 报告（PDF）
results-csv-partnerships = 合作伙伴关系（CSV）
results-csv-outcomes = 成果（CSV）
results-csv-years = 年度（CSV）
results-map = 地图
results-empty = 没有符合这些筛选条件的合作伙伴关系或培训，因此无可绘制的图表。请尝试更长的期间或减少筛选条件。
results-partnerships = 合作伙伴关系
results-by-status = 按状态划分的合作伙伴关系
results-outcomes-title = 按 KPI 划分的成果
results-outcomes-lead = 各合作伙伴关系的基准值与其在该期间内最新公开测量值的平均数；“改善”遵循该 KPI 自身的方向（无收益水量越低越好）。
results-training-title = 能力建设
results-training-lead = 培训按期间和主题筛选。
results-training-chart = 已开展的培训和结业人数
results-count = 数量
results-programs = 项目
results-sessions = 期次
results-enrolled = 报名
results-completions = 结业
results-evaluations = 评价
results-relevance = 相关性
results-clarity = 清晰度
results-usefulness = 实用性
results-score = { $score } / 5
results-counted = 纳入统计的合作伙伴关系
results-table-scroll = { $table }：表格，左右滑动查看更多
results-partnership = 合作伙伴关系
results-status-column = 状态
results-mentor = 导师方
results-recipient = 受援方
results-no-outcomes = 这些筛选条件下没有公开的成果。
results-outcomes = 成果
results-kpi = KPI
results-outcomes-measured = 成果（已测量）
results-baseline = 基准值
results-latest = 最新值
results-change = 变化
results-improved = 已改善
results-not-measured = 尚未测量
results-improved-of = { $measured } 项中的 { $improved } 项
results-points = { $points } 个百分点
results-better = 改善 { $size }
results-worse = 变差 { $size }
results-no-change = 无变化

## 图表
results-chart-item = 项目
results-years-title = 每年进行中的合作伙伴关系（按状态）
results-year = 年份
results-total = 合计
results-years-count = { $state }：{ $count }
results-years-desc = { $year }：{ $total }（{ $parts }）
results-years-none = 无

## 地图
results-map-title = 合作伙伴关系地图
results-map-lead = 网络中参与合作伙伴关系的供水企业，每条线从导师方连到受援方。选择一条线即可打开该合作伙伴关系。
results-map-loading = 正在加载地图…
results-map-summary = 亚太地区地图，在 { $utilities } 家供水企业之间绘有 { $count } 个合作伙伴关系。
results-map-back = 返回成果仪表板
results-map-legend = 线条颜色
results-map-credit = 国家轮廓：Natural Earth（公共领域）。
results-map-unplaced = 未显示在地图上（有供水企业缺少坐标）：
results-map-list = 地图上的合作伙伴关系

## 报告（XLSX、PDF、CSV）
results-report-network-title = WaterLinks 网络成果（{ $scope }）
results-report-country-title = WaterLinks 在{ $country }的成果（{ $scope }）
results-sheet-summary = 摘要
results-sheet-years = 年度
results-sheet-outcomes = 成果
results-sheet-partnerships = 合作伙伴关系
results-report-figure = 指标
results-report-value = 数值
results-report-scope = 范围
results-report-counted = 纳入统计的合作伙伴关系
results-report-programs = 已开展的培训项目
results-report-sessions = 培训期次
results-report-trained = 受训员工（结业）
results-report-relevance = 相关性（5 分制平均）
results-report-clarity = 清晰度（5 分制平均）
results-report-usefulness = 实用性（5 分制平均）
results-report-outcomes-title = 按 KPI 划分的成果（从基准值到最新值，改善时变化为正）
results-report-unit = 单位
results-report-measured = 已测量
results-report-mean-baseline = 平均基准值
results-report-mean-latest = 平均最新值
results-report-mean-change = 平均变化（改善 > 0）
results-report-id = 编号
results-report-title = 标题
results-report-mentor-country = 导师方国家
results-report-recipient-country = 受援方国家
results-report-topics = 主题
results-report-start = 开始
results-report-end = 结束
results-pdf-none = 这些筛选条件下没有数据。
results-pdf-footer = WaterLinks Hub - 第 { $page } 页，共 { $pages } 页
results-no-such-file = 没有这个文件。
results-no-such-table = 没有这个表格：请尝试 summary、years、outcomes 或 partnerships。

## 开发者页面
results-dev-title = 面向发展伙伴的 API
results-dev-lead = 以只读 JSON 形式提供的网络公开数据：组织、合作伙伴关系及其成果、培训、知识产品、活动和成果数据。
results-dev-openapi = 机器可读的说明是 OpenAPI 文档：
results-dev-paging = 列表分页返回（页码从 1 开始，每页最多 100 项），例如：
results-dev-answers = 每个响应都会说明其页码、每页项数和总数：
results-dev-errors = 超出范围或未知的参数会返回状态 400，并在以下字段中附上 JSON 消息：
results-dev-public = 仅提供公开数据，除非请求带有已登录成员的会话 Cookie（此时还包括非公开成果和仅限成员的知识产品）。
results-dev-endpoints = 接口
results-dev-returns = 返回内容
results-dev-parameters = 参数
results-dev-same-figures = 同样的数据以及 XLSX、PDF 和 CSV 报告可在此查看：
results-dev-dashboard = 成果仪表板
results-dev-organizations = 网络中的组织：供水企业、协会、合作伙伴
results-dev-partnerships = 供水运营商合作伙伴关系（WOP）及其成果（未登录时仅含公开成果）
results-dev-trainings = 培训项目及其期次
results-dev-knowledge-products = 已发布的知识产品（未登录时仅含公开产品）及下载次数
results-dev-events = 行业活动
results-dev-results = 某一筛选条件下的成果仪表板数据
