## 培训项目：项目目录、项目页面、报名、出勤、证书和评估。

training-format-in-person = 线下
training-format-online = 线上
training-format-hybrid = 线上线下结合

training-completion-all = 出席全部场次即为完成。
training-completion-at-least = { $count ->
   *[other] 出席至少 { $count } 个场次即为完成。
}

training-error-title-short = 请输入标题（至少 { $min } 个字符）。
training-error-title-long = 请将标题缩短至 { $max } 个字符以内。
training-error-description-short = 请输入简介（至少 { $min } 个字符）。
training-error-description-long = 请将简介缩短至 { $max } 个字符以内。
training-error-format = 请选择线下、线上或线上线下结合。
training-error-venue = 培训在哪里举行？请输入地点和城市。
training-error-link-needed = 请输入以 https:// 开头的会议链接（适用于线上及线上线下结合的项目）。
training-error-venue-long = 请将地点缩短至 { $max } 个字符以内。
training-error-link-web = 会议链接应以 https:// 开头。
training-error-link-long = 请输入一个不超过 { $max } 个字符且不含空格的链接。
training-error-language = 请从列表中选择项目的授课语言。
training-error-capacity = 请输入名额数，范围为 1 至 { $max }。
training-error-min-sessions = 请输入完成项目需出席的场次数（1 至 { $max }），或留空表示须出席全部场次。
training-error-time-zone = 请从列表中选择培训地点的时区。
training-error-topic = 请选择项目的主要主题。
training-error-trainer-email = “{ $email }”不是电子邮件地址。请用逗号分隔各位培训师的电子邮件。
training-error-session-title-long = 请将标题缩短至 { $max } 个字符以内。
training-error-session-date = 请按 YYYY-MM-DD 格式输入日期，年份在 2000 至 2100 之间。
training-error-session-starts = 请按 HH:MM 格式（24 小时制）输入开始时间。
training-error-session-ends = 请按 HH:MM 格式（24 小时制）输入结束时间。
training-error-session-order = 场次的结束时间必须晚于开始时间。
training-error-rating = 请选择 1 至 5 的评分。
training-error-comments-long = 请将意见缩短至 { $max } 个字符以内。

training-question-relevance = 培训内容与我的工作相关
training-question-clarity = 培训师讲解清楚
training-question-usefulness = 我会在本单位应用所学内容

training-catalogue-title = 培训
training-catalogue-heading = 培训项目
training-catalogue-lead = 由水务企业员工开设、面向水务企业员工的课程：线下、线上或两者结合。报名、参加并获得证书。
training-new-program = 新建项目
training-filter-label = 筛选培训项目
training-filter-all-topics = 全部主题
training-format = 形式
training-filter-any-format = 任何形式
training-filter-when = 时间
training-filter-upcoming = 即将开始和进行中
training-filter-past = 已结束
training-filter-all = 全部
training-filter-show = 显示项目
training-loading-programs = 正在加载项目…
training-loading = 正在加载…
training-no-programs = 没有符合筛选条件的项目。
training-card-finished = 已结束
training-card-full = 名额已满：可加入候补名单
training-places-left = { $count ->
   *[other] 剩余 { $count } 个名额
}
training-card-meta = { $count ->
   *[other] { $format } · { $count } 个场次
}
training-card-last-session = 最后一个场次：{ $time }
training-card-next-session = 下一个场次：{ $time }

training-new-title = 新建培训项目
training-back-to-all = ← 全部项目
training-new-lead = 项目保存后，可在项目页面添加场次。
training-field-title = 标题
training-field-description = 学员将学到什么
training-field-time-zone = 培训地点时区
training-field-venue = 地点
training-field-venue-hint = 楼宇和城市；适用于线下及线上线下结合的项目。
training-field-link = 会议链接
training-field-link-hint = 适用于线上及线上线下结合的项目；仅对已获得名额的人显示。
training-field-capacity = 名额
training-field-min-sessions = 完成所需场次数
training-field-min-sessions-hint = 留空：全部场次。
training-field-topic = 主要主题
training-field-topic-choose = 选择主题
training-field-topic2 = 第二主题（可选）
training-field-topic2-none = 无
training-field-trainers = 培训师的电子邮件
training-field-trainers-hint = 用逗号分隔；每位培训师都需要有账户。培训师负责记录出勤。
training-save-program = 保存项目

training-certificate-check = 证书查验
training-checking = 正在查验…
training-certificate-valid = 证书有效
training-certificate-statement = { $count ->
   *[other] { $name } 已于 { $date } 完成 { $program }，出席 { $count } 个场次。
}
training-certificate-program-link = 项目介绍
training-certificate-code = 证书编号 { $code }
training-certificate-download = 下载证书（PDF）
training-certificate-invalid = 无有效证书
training-certificate-invalid-text = 没有与此编号对应的有效证书。请核对网址与证书是否一致，或询问该项目的培训师。

training-no-such-program = 该项目不存在。
training-evaluations = 评估
training-evaluations-lead = 完成项目的 { $completed } 人中有 { $responses } 人作答。
training-evaluations-download = 下载评估结果（CSV）
training-comments = 意见
training-no-comments = 暂无意见。
training-rating-average = 平均 { $average } 分（满分 5 分）
training-rating-none = 暂无作答
training-rating-chart = { $question }：{ $summary }。评分 1 至 5 的人数：{ $counts }
training-rating-scale = 1 = 非常不同意，5 = 非常同意

training-not-found = 没有此编号的培训项目。
training-places-taken = 已占 { $taken }/{ $capacity } 个名额
training-places-taken-waiting = 已占 { $taken }/{ $capacity } 个名额，{ $waiting } 人候补
training-trainers = 培训师
training-completion = 完成条件
training-sessions = 场次
training-sessions-none = 场次安排将在此公布。
training-knowledge-products = 知识产品
training-add-to-calendar = 添加到我的日历（.ics）
training-sign-in-to-enrol = 请登录或创建账户后报名。
training-sign-in = 登录
training-sign-up = 创建账户
training-you-completed = 您已完成此项目。
training-download-your-certificate = 下载您的证书（PDF）
training-verification-page = 查验页面
training-evaluation-thanks = 感谢您的评估。
training-you-have-a-place = 您已获得名额。目前已出席场次：{ $attended }。
training-cancel-place = 取消我的名额
training-waitlist-position = 该项目名额已满。您在候补名单中排第 { $position } 位；轮到您时我们会发电子邮件通知您。
training-on-waitlist = 您在候补名单中。
training-leave-waitlist = 退出候补名单
training-program-over = 此项目已结束。
training-all-places-taken = 名额已满。报名即可加入候补名单：空出的名额将按顺序分配，下一个就是您的。
training-join-waitlist = 加入候补名单
training-enrol = 报名
training-your-place = 您的名额
training-evaluation-heading = 培训效果如何？
training-evaluation-lead = 您的回答将帮助培训师改进；分享时不会附上您的姓名。
training-evaluation-comments = 意见（可选）
training-evaluation-send = 提交我的评估
training-staff-waitlisted = 已加入候补名单；轮到其名额时，对方会收到电子邮件。
training-staff-enrolled = 已报名；对方会收到包含详细信息的电子邮件。
training-enrol-staff = 为您的员工报名
training-staff-member = 员工
training-enrol-staff-member = 为员工报名
training-for-trainers = 培训师专用
training-enrolments-csv = 报名名单（CSV）
training-attendance-csv = 出勤记录（CSV）
training-attendance = 出勤
training-no-enrolments = 还没有人报名。
training-attendance-opens = 第一个场次开始后即可记录出勤。
training-add-session = 添加场次
training-session-title = 标题（可选）
training-session-day = 日期
training-session-starts = 开始
training-session-ends = 结束
training-session-times-hint = 培训地点的时间（{ $zone }）。
training-add-session-button = 添加此场次
training-participant = 学员
training-status = 状态
training-completed = 已完成
training-present-label = 出席：{ $name }，{ $time }
training-present = 已出席
training-mark-present = 标记为出席
training-has-place = 已获名额
training-waiting = 候补中
training-yes = 是

training-session-venue-time = { $day }（{ $weekday }）{ $starts }–{ $ends }（{ $zone }，UTC{ $offset }）
training-session-your-time = 您的当地时间：{ $time }（{ $zone }）
training-weekday-mon = 周一
training-weekday-tue = 周二
training-weekday-wed = 周三
training-weekday-thu = 周四
training-weekday-fri = 周五
training-weekday-sat = 周六
training-weekday-sun = 周日

training-error-topics-listed = 请从列表中选择主题。
training-error-trainer-unknown = 没有使用 { $email } 的账户。培训师须先有账户。
training-error-not-a-trainer = { $email } 还不是培训师；培训师角色由秘书处管理员授予。
training-error-clock-change = 该时间在培训地点因时钟调整而不存在或出现两次。请选择其他时间。
training-evaluation-not-yet = 完成项目后才能进行评估。
training-evaluation-already = 您已提交过评估。谢谢！
training-no-such-session = 该场次不存在。
training-attendance-not-started = 此场次尚未开始；开始后才能记录出勤。
training-attendance-not-enrolled = 此人未报名该项目。
training-attendance-no-place = 只有已获名额的人才能记录出勤；此人正在候补或已取消。
training-enrolment-closed = 此项目已结束，报名已关闭。
training-this-person = 此人
training-already-enrolled-you = 您已报名此项目。
training-already-enrolled-other = { $name } 已报名此项目。
training-already-waitlisted-you = 您已在此项目的候补名单中。
training-already-waitlisted-other = { $name } 已在此项目的候补名单中。
training-cancel-over = 此项目已结束，无需取消。
training-cancel-not-enrolled = 您未报名此项目。
training-cancel-completed = 您已完成此项目，无需取消。

training-mail-waitlisted-subject = 已加入候补名单：{ $title }
training-mail-waitlisted = { $title } 名额已满，您已加入候补名单。一旦有名额空出，将分配给下一位候补者，我们会立即发电子邮件通知您。
training-mail-waitlisted-position = { $title } 名额已满，您已加入候补名单（第 { $position } 位）。一旦有名额空出，将分配给下一位候补者，我们会立即发电子邮件通知您。
training-mail-the-program = 项目页面
training-mail-enrolled-subject = 您在 { $title } 的名额已确认
training-mail-enrolled = 您已获得 { $title } 的名额。各场次安排（按您所在时区显示的时间及日历文件）见项目页面：
training-mail-enrolled-cancel = 如果您无法参加，请在该页面取消，以便候补名单上的人获得您的名额。

training-certificate-withdrawn = 无有效证书：由于取得该证书所依据的出勤或报名记录已被更正，此编号的证书已被撤销。请询问该项目的培训师。
training-certificate-none = 没有此编号的证书。
training-ics-summary = { $program }：{ $session }
training-ics-calendar = WaterLinks Hub 培训
training-bad-format = “{ $code }”不是项目形式。
training-bad-when = “{ $value }”不是“即将开始”“已结束”或“全部”。

training-pdf-title = 证书：{ $name } - { $program }
training-pdf-heading = 结业证书
training-pdf-certifies = 兹证明
training-pdf-completed = 已完成培训项目
training-pdf-when = { $count ->
   *[other] 完成日期：{ $date }，共出席 { $count } 个场次。
}
training-pdf-verify = 查验此证书：{ $url }
training-pdf-code = 证书编号：{ $code }

training-csv-name = 姓名
training-csv-email = 电子邮件
training-csv-status = 状态
training-csv-since = 起始时间
training-csv-completed-on = 完成日期
training-csv-certificate-url = 证书链接
training-csv-sessions-attended = 出席场次数
training-csv-present = 出席
training-csv-submitted-at = 提交日期
training-csv-relevance = 相关性
training-csv-clarity = 清晰度
training-csv-usefulness = 实用性
training-csv-comments = 意见
training-status-enrolled = 已报名
training-status-waitlisted = 候补
training-status-cancelled = 已取消
