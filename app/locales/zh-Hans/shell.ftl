## 每个页面的框架、表单组件，以及任何页面都可能显示的错误。

shell-skip-to-content = 跳到正文
nav-label = 主导航
nav-home = 首页
nav-partners = 合作机构
nav-partnerships = 合作伙伴关系
nav-results = 成果
nav-needs = 需求
nav-training = 培训
nav-library = 资料库
nav-forum = 论坛
nav-stories = 故事
nav-events = 活动
nav-contact = 联系我们

footer-secretariat = WaterLinks 秘书处
footer-telephone = 电话：
footer-map = 合作伙伴关系地图
footer-api = 面向发展伙伴的 API
footer-mission = 帮助亚太地区城市供水和环卫企业提供安全饮用水和基本环卫服务。

lang-menu-label = 语言
lang-form-title = 语言
lang-form-label = 网站和电子邮件的语言
lang-form-hint = 页面、电子邮件和证书将使用此语言。
lang-form-save = 保存语言
lang-unknown = 请从列表中选择一种语言。

not-found-title = 找不到页面
not-found-text = 我们找不到该页面。页面可能已移动，或者地址输入有误。
not-found-home = 返回首页
gone-title = 已不再提供
gone-text = 此处的内容已被取消或撤回。

error-title = 无法显示此页面
error-hint-missing = 请检查地址，或从首页重新开始。
error-hint-retry = 请稍后再试。如果问题持续出现，请联系秘书处。
error-invalid = 请更正标出的字段。{ $details }
error-unauthenticated = 请登录后继续。
error-forbidden = 您无权执行此操作。
error-internal = 我们这边出了问题。请稍后再试。
error-network = 无法连接到 WaterLinks Hub。请检查网络连接后重试。
error-saved-meanwhile = 刚才有人保存了相同的内容。请重新加载页面后再试。
error-still-referred = 仍有其他记录引用此项，因此无法删除。
error-unreadable = 无法读取请求：{ $detail }
error-missing-field = 请求缺少字段“{ $field }”。
error-field-one-line = 此字段只能填写一行：请删除换行。
error-field-control-characters = 请删除此字段中不可见的控制字符（粘贴文本时可能会带入）。
error-form-encoding = 请以 application/x-www-form-urlencoded 格式提交此表单。
error-form-too-large = 此表单过大，无法读取。
error-cross-site = 已拒绝跨站请求：此操作只能在 WaterLinks Hub 内进行。
error-address-unreadable = 此地址包含无法读取的字符。

form-correct-fields = 请更正下方标出的字段。
form-country = 国家
form-all-countries = 所有国家
form-language = 语言
form-all-languages = 所有语言
form-content-language = 撰写语言
form-topic = 主题
form-any-topic = 任何主题

format-percent = { $value }%

mail-greeting = { $name }，您好：
mail-greeting-neutral = 您好：
mail-footer = WaterLinks 亚太地区供水和环卫企业网络。
offline-title = 离线 · WaterLinks Hub
offline-heading = 您目前处于离线状态
offline-never-opened = 此页面从未在这部手机上打开过，因此没有网络时无法显示。
offline-once-visited = 论坛页面、您的胸牌、您的日程和投票页面在访问过一次之后即可离线打开。
offline-open-forum = 打开论坛页面
manifest-description = 为亚太地区城市供水和环境卫生企业提供水务运营商伙伴关系、培训与知识。
