## 供水企业合作伙伴关系（WOP）：列表、合作伙伴关系页面、协议、工作计划、成果、进展报告和 CSV 导出。

## 状态、双方与步骤

wops-state-proposed = 已提议
wops-state-introduced = 已引荐
wops-state-agreed = 已达成意向
wops-state-active = 进行中
wops-state-completed = 已完成
wops-state-closed-early = 提前结束
wops-side-mentor = 导师方
wops-side-recipient = 受援方
wops-step-introduce = 为双方引荐
wops-step-sign-mentor = 签署意向书（导师方）
wops-step-sign-recipient = 签署意向书（受援方）
wops-step-activate = 启动合作伙伴关系
wops-step-complete = 标记为已完成
wops-step-close-early = 提前结束

## 步骤被拒绝的原因

wops-refused-only-proposed-introduced = 处于“{ $state }”状态的合作伙伴关系无法执行此操作：只有已提议的合作伙伴关系才能引荐。
wops-refused-intent-after-introduction = 处于“{ $state }”状态的合作伙伴关系无法执行此操作：意向书应在引荐之后签署。
wops-refused-already-signed = 处于“{ $state }”状态的合作伙伴关系无法执行此操作：这一方已签署意向书。
wops-refused-only-agreed-starts = 处于“{ $state }”状态的合作伙伴关系无法执行此操作：只有已达成意向的合作伙伴关系才能启动。
wops-refused-only-active-completes = 处于“{ $state }”状态的合作伙伴关系无法执行此操作：只有进行中的合作伙伴关系才能标记为完成。
wops-refused-already-ended = 处于“{ $state }”状态的合作伙伴关系无法执行此操作：它已经结束。
wops-refused-no-agreement = 请先录入已签署的协议，再启动合作伙伴关系。
wops-only-facilitating = 只有协调员或秘书处可以执行此操作。
wops-only-mentor-admins = 只有导师方机构的管理员可以执行此操作。
wops-only-recipient-admins = 只有受援方机构的管理员可以执行此操作。
wops-only-insiders = 只有合作双方、协调员或秘书处可以执行此操作。

## 活动

wops-kind-technical-consultation = 技术咨询
wops-kind-on-the-job-training = 在岗培训
wops-kind-technology-demonstration = 技术示范
wops-kind-peer-review = 流程与系统同行评审
wops-kind-information-exchange = 信息交流
wops-activity-planned = 已计划
wops-activity-in-progress = 进行中
wops-activity-done = 已完成
wops-activity-cancelled = 已取消

## 成果的关键绩效指标（KPI）

wops-outcome-headline = { $kpi }：{ $baseline }（目标：{ $by }前达到 { $target }）
wops-outcome-headline-measured = { $kpi }：{ $baseline } → { $now }（目标：{ $by }前达到 { $target }）
wops-warning-lower-better = { $kpi }越低越好，但目标值（{ $target }）高于基线值（{ $baseline }）。
wops-warning-higher-better = { $kpi }越高越好，但目标值（{ $target }）低于基线值（{ $baseline }）。

## 合作伙伴关系列表

wops-list-title = 合作伙伴关系
wops-list-heading = 供水企业合作伙伴关系
wops-list-lead = 导师方水务企业与受援方水务企业携手应对服务挑战，每次为期 12 至 24 个月。
wops-list-loading = 正在加载合作伙伴关系…
wops-filter-label = 筛选合作伙伴关系
wops-filter-status = 状态
wops-filter-any-status = 任意状态
wops-filter-year = 进行年份
wops-filter-any-year = 任意年份
wops-filter-submit = 筛选
wops-filter-clear = 清除
wops-filter-bad-status = “{ $value }”不是合作伙伴关系的状态。
wops-filter-bad-year = “{ $value }”不是 2000 至 2100 之间的年份。
wops-filter-country-too-long = 国家名称过长。
wops-filter-bad-topic = 这不是主题代码。
wops-list-none = 没有符合这些筛选条件的合作伙伴关系。
wops-list-count = { $count } 个合作伙伴关系
wops-list-download-csv = 下载 CSV
wops-runs-from-to = { $from } 至 { $to }
wops-dates-not-agreed = 尚未商定日期
wops-list-separator = 、

## 合作伙伴关系页面

wops-loading = 正在加载…
wops-no-such-partnership = 没有此编号的合作伙伴关系。
wops-back-to-list = ← 全部合作伙伴关系
wops-topics = 主题
wops-facilitator = 协调员
wops-closed-early-because = 已提前结束：{ $reason }
wops-actions-to-resolve = 待解决的纠正措施
wops-outcomes = 成果
wops-no-outcomes-published = 尚未发布任何成果。
wops-activities = 活动
wops-activities-delivered = 已开展的活动
wops-agreement = 协议
wops-signatories = 签署人
wops-agreement-runs = 期限
wops-scope = 范围
wops-signed-document = 已签署的文件
wops-document-size = （{ $kb } KB）
wops-forum-awards = 论坛奖项
wops-award-winner = 获奖：{ $award }
wops-removed-organization = （已删除的机构）

## 时间线与成果图表

wops-no-activities = 尚无活动。
wops-timeline-label = 活动时间线
wops-date-range = { $from } – { $to }
wops-chart-title = { $kpi }随时间的变化
wops-chart-plan = { $kpi }。基线值：{ $baseline_date } 为 { $baseline }。目标：{ $target_date }前达到 { $target }。
wops-chart-nothing-measured = 尚未测得数值。
wops-chart-measured = 测得数值：{ $values }。
wops-chart-value-on = { $date } 为 { $value }
wops-legend-baseline = 基线
wops-legend-target = 目标
wops-legend-measured = 实测

## 下一步、纠正措施与历史记录

wops-next-steps = 下一步
wops-concept-note = 概念说明
wops-why-closing-early = 为什么提前结束？
wops-raised-by = 由 { $name } 于 { $date } 提出
wops-mark-resolved = 标记为已解决
wops-work-plan = 工作计划
wops-history = 历史记录
wops-history-when = { $date } { $time } UTC
wops-trail-proposed = 提议了合作伙伴关系
wops-trail-introduced = 为双方作了引荐
wops-trail-state-change = { $from } → { $to }
wops-trail-state-change-note = { $change }：{ $note }
wops-trail-period = { $start } 至 { $end }
wops-trail-agreement-recorded = 记录了协议
wops-trail-agreement-corrected = 更正了协议
wops-trail-agreement-document = 上传了已签署的协议
wops-trail-commitment-mentor = 添加了一项导师方承诺
wops-trail-commitment-recipient = 添加了一项受援方承诺
wops-trail-activity-planned = 计划了一项活动
wops-trail-activity-marked = 将一项活动标记为“{ $status }”
wops-trail-resource-added = 添加了一项资源
wops-trail-part-removed = { $part ->
    [commitment] 删除了一项承诺
    [activity] 删除了一项活动
   *[other] 删除了一项资源
}
wops-trail-outcome-set = 设定了一项成果
wops-trail-outcome-detail = { $kpi }：基线 { $baseline }（{ $baseline_on }），目标 { $target }（{ $target_by } 前）
wops-trail-measured = 记录了一项测量值
wops-trail-measured-detail = { $kpi }（{ $on }）：{ $value }
wops-trail-report-submitted = 提交了一份进展报告
wops-trail-report-reviewed = 审阅了一份进展报告
wops-trail-review-detail = { $count ->
   *[other] { $comment }（{ $count } 项纠正措施）
}
wops-trail-action-resolved = 解决了一项纠正措施
wops-enter-concept-note = 请为双方写一份简短的概念说明。
wops-enter-close-reason = 请说明合作伙伴关系提前结束的原因。
wops-note-too-long = 说明过长（最多 { $max } 个字符）。
wops-changed-meanwhile = 该合作伙伴关系刚刚发生了变化。请重新加载页面后再试。
wops-unknown-step = 未知的步骤。
wops-plan-closed = 该合作伙伴关系处于“{ $state }”状态，其计划已不能再更改。

## 协议

wops-correct-agreement = 更正协议
wops-record-agreement = 录入协议
wops-agreement-after-introduction = 协调员为双方引荐之后，才能录入协议。
wops-signatories-hint = 双方签署人的姓名和职务。
wops-start-date = 开始日期
wops-end-date = 结束日期
wops-end-date-hint = 开始日期之后 12 至 24 个月。
wops-save-agreement = 保存协议
wops-signed-agreement-upload = 已签署的协议（PDF，最大 10 MB）
wops-upload = 上传
wops-enter-signatories = 请填写签署人。
wops-signatories-too-long = 签署人内容过长（最多 { $max } 个字符）。
wops-enter-scope = 请填写范围。
wops-scope-too-long = 范围过长（最多 { $max } 个字符）。
wops-enter-start-date = 请填写开始日期。
wops-start-date-format = 请按日期格式（YYYY-MM-DD）填写开始日期。
wops-enter-end-date = 请填写结束日期。
wops-end-date-format = 请按日期格式（YYYY-MM-DD）填写结束日期。
wops-end-after-start = 结束日期必须晚于开始日期。
wops-agreement-length = 合作伙伴关系为期 { $min } 至 { $max } 个月：结束日期应在 { $earliest } 至 { $latest } 之间。
wops-activities-outside-dates = 有 { $count } 项已计划的活动不在这些日期范围内，请先调整这些活动。
wops-upload-missing = 请选择要上传的已签署协议（PDF 文件）。
wops-upload-too-large = 文件超过 10 MB。请上传较小的 PDF。
wops-upload-not-pdf = 该文件不是 PDF。请以 PDF 格式上传已签署的协议。
wops-upload-no-terms = 请先录入协议条款，再上传已签署的文件。
wops-upload-not-allowed = 您不能更改该合作伙伴关系的协议。
wops-no-signed-agreement = 尚未上传已签署的协议。
wops-agreement-file-missing = 找不到已签署的协议文件。

## 工作计划：承诺、活动与资源

wops-remove = 删除
wops-commitments = 承诺
wops-no-commitments = 尚无承诺。
wops-commitment-side = { $side }：
wops-remove-commitment = 删除承诺：{ $promise }
wops-add-commitment = 添加承诺
wops-partner = 合作方
wops-promise = 该合作方承诺的内容
wops-add-commitment-submit = 添加该承诺
wops-choose-committing-side = 请选择作出承诺的一方。
wops-enter-commitment = 请填写承诺内容。
wops-commitment-too-long = 承诺内容过长（最多 { $max } 个字符）。
wops-remove-activity = 删除活动：{ $title }
wops-status-of = { $title } 的状态
wops-activity-line = { $title }（{ $side }，{ $from } 至 { $to }）
wops-update = 更新
wops-plan-activity = 计划一项活动
wops-activity-kind = 类型
wops-activity-title = 标题
wops-from = 开始
wops-to = 结束
wops-responsible = 负责方
wops-place = 地点
wops-online = 线上
wops-status = 状态
wops-add-activity-submit = 添加该活动
wops-choose-activity-kind = 请选择活动类型。
wops-enter-title = 请填写标题。
wops-title-too-long = 标题过长（最多 { $max } 个字符）。
wops-end-not-before-start = 结束日期不能早于开始日期。
wops-activity-outside-agreement = 活动必须在协议期限内，即 { $from } 至 { $to }。
wops-choose-responsible = 请选择负责方。
wops-enter-place = 请填写地点，或勾选“线上”。
wops-place-too-long = 地点过长（最多 { $max } 个字符）。
wops-choose-status = 请选择状态。
wops-activity-not-in-plan = 该活动不在工作计划中。
wops-unknown-part = 未知的工作计划部分。
wops-part-gone = 此项（已）不在工作计划中。
wops-resources = 资源
wops-no-resources = 尚未列出资源。
wops-resource-money = { $currency } { $amount } — { $description }
wops-resource-in-kind = 实物 — { $description }
wops-resource-from = （来自 { $source }）
wops-remove-resource = 删除资源：{ $what }
wops-add-resource = 添加资源
wops-resource-kind = 类型
wops-resource-kind-money = 资金
wops-resource-kind-in-kind = 实物（员工时间、设备）
wops-amount = 金额
wops-currency = 币种
wops-currency-hint = USD、CNY、PHP…
wops-resource-description = 用于支付或提供什么
wops-resource-source = 来源
wops-resource-source-hint = 由谁提供：某一合作方、某一发展伙伴…
wops-add-resource-submit = 添加该资源
wops-enter-description = 请填写说明。
wops-description-too-long = 说明过长（最多 { $max } 个字符）。
wops-enter-source = 请填写来源。
wops-source-too-long = 来源过长（最多 { $max } 个字符）。
wops-amount-positive = 金额必须大于零。
wops-amount-number = 请以数字填写金额，例如 25000。
wops-currency-code = 请以三个字母的代码填写币种，例如 USD 或 CNY。
wops-choose-resource-kind = 请选择资金或实物。

## 成果

wops-not-public = （不公开）
wops-measured-value = 实测{ $kpi }（{ $unit }）
wops-measured-on = 测量日期
wops-record-value = 记录数值
wops-set-outcome = 设定成果
wops-kpi = 关键绩效指标（KPI）
wops-kpi-with-unit = { $kpi }（{ $unit }）
wops-baseline-value = 基线值
wops-baseline-date = 基线日期
wops-target-value = 目标值
wops-target-date = 目标日期
wops-outcome-private = 不在公开页面上显示该成果
wops-save-outcome = 保存成果
wops-saved-but-note = 已保存，但请注意：{ $warning }
wops-choose-kpi = 请选择一个关键绩效指标（KPI）。
wops-enter-number = 请填写一个数字。
wops-enter-baseline-date = 请填写基线日期。
wops-baseline-date-format = 请按日期格式（YYYY-MM-DD）填写基线日期。
wops-enter-target-date = 请填写目标日期。
wops-target-date-format = 请按日期格式（YYYY-MM-DD）填写目标日期。
wops-baseline-not-future = 基线日期不能是将来的日期。
wops-target-after-baseline = 目标日期必须晚于基线日期。
wops-enter-measured-on = 请填写测量日期（YYYY-MM-DD）。
wops-date-not-future = 日期不能是将来的日期。
wops-measured-before-baseline = 测量日期不能早于基线日期（{ $baseline }）。
wops-outcome-not-in-plan = 该成果不在工作计划中。

## 进展报告及其审阅

wops-progress-reports = 进展报告
wops-no-reports = 尚无进展报告。
wops-submitted-by = 由 { $name } 于 { $date } 提交
wops-achievements-label = 成就：
wops-challenges-label = 挑战：
wops-reviewed-by = 由 { $name } 于 { $date } 审阅：
wops-review-comment = 审阅意见
wops-review-actions = 纠正措施（每行一项，可选）
wops-save-review = 保存审阅
wops-awaiting-review = 等待协调员审阅。
wops-submit-report = 提交进展报告
wops-period-from = 报告期开始
wops-period-to = 报告期结束
wops-what-achieved = 取得的成就
wops-challenges-optional = 挑战（可选）
wops-submit-report-submit = 提交报告
wops-enter-period-start = 请填写报告期的开始日期。
wops-period-start-format = 请按日期格式（YYYY-MM-DD）填写报告期的开始日期。
wops-enter-period-end = 请填写报告期的结束日期。
wops-period-end-format = 请按日期格式（YYYY-MM-DD）填写报告期的结束日期。
wops-period-end-before-start = 报告期的结束不能早于开始。
wops-period-not-begun = 请就已经开始的期间提交报告。
wops-enter-achievements = 请填写取得的成就。
wops-achievements-too-long = 成就内容过长（最多 { $max } 个字符）。
wops-challenges-too-long = 挑战内容过长（最多 { $max } 个字符）。
wops-enter-review-comment = 请为合作双方写下意见。
wops-review-too-long = 审阅内容过长（最多 { $max } 个字符）。
wops-report-after-agreement = 合作伙伴关系达成意向后才能报告进展。
wops-no-such-report = 没有这份进展报告。
wops-report-already-reviewed = 这份报告已经审阅过了。
wops-no-such-action = 没有这项纠正措施。
wops-action-already-resolved = 这项措施已经解决。

## CSV 导出（列标题及失败提示）

wops-csv-id = 编号
wops-csv-title = 标题
wops-csv-status = 状态
wops-csv-mentor = 导师方
wops-csv-mentor-country = 导师方国家
wops-csv-recipient = 受援方
wops-csv-recipient-country = 受援方国家
wops-csv-topics = 主题
wops-csv-start-date = 开始日期
wops-csv-end-date = 结束日期
wops-csv-page-url = 页面地址
wops-export-failed = 导出失败。请重试。
