## 秘书处管理页面：人员与角色、加入申请、组织、主题、邮件发件箱和审计记录。

admin-title = 管理
admin-lead = 人员与角色、加入组织的申请、组织、主题分类、发件箱中等待发送的邮件，以及审计记录。
admin-loading = 正在加载…
admin-sign-in-as-admin = 请使用秘书处管理员账户登录。
admin-sign-in = 登录

## 人员与角色
admin-people-title = 人员与角色
admin-people-search = 按姓名或电子邮件查找人员
admin-find = 查找
admin-loading-people = 正在加载人员…
admin-roles-of = { $name } 的角色
admin-membership-admin = { $organization }：组织管理员
admin-membership-member = { $organization }：成员
admin-make-member = 设为成员
admin-make-admin = 设为管理员
admin-remove = 移除
admin-add-to-organization = 添加到组织
admin-as-organization-admin = 作为组织管理员
admin-add = 添加
admin-deactivated = 已停用
admin-reactivate-account = 重新启用账户
admin-deactivate-account = 停用账户
admin-choose-role = 请从列表中选择一个角色。
admin-cannot-remove-own-admin = 您不能移除自己的秘书处管理员角色；请联系其他管理员。
admin-no-such-account = 此账户不存在。
admin-choose-organization = 请从列表中选择一个组织。

## 加入申请
admin-join-requests-title = 加入组织的申请
admin-no-join-requests = 没有待处理的申请。
admin-to-join = 申请加入：

## 组织
admin-organizations-title = 组织
admin-add-organization-title = 添加组织
admin-organization-added = 组织已添加。
admin-kind = 类型
admin-name = 名称
admin-country = 国家
admin-city = 城市
admin-add-organization = 添加组织
admin-merge-title = 合并重复项
admin-merge-lead = 重复组织的成员、联系人、主题和 KPI 数值将转移到您保留的组织，然后删除重复组织。
admin-merged = 已合并。
admin-merge-keep = 保留
admin-merge-duplicate = 合并并删除
admin-merge-button = 合并
admin-merge-same = 请选择两个不同的组织。
admin-merge-stopped = 合并到 { $organization } 的操作已停止：仍有记录引用重复组织。未作任何更改。
admin-no-such-organization = 名录中没有此组织。
admin-merge-partnership = “{ $title }”（合作伙伴关系 { $id }）
admin-merge-partners = 这两个组织在 { $partnerships } 中互为合作伙伴：合并后，该组织将与自身结成合作伙伴。请先结束该合作伙伴关系或更正其合作方。

## 主题
admin-topics-title = 主题分类
admin-loading-topics = 正在加载主题…
admin-topic-name-of = 主题 { $code } 的名称
admin-rename = 重命名
admin-new-topic = 新主题
admin-add-topic = 添加主题

## 邮件发件箱
admin-outbox-title = 邮件发件箱
admin-outbox-lead = 本网站发送的每封邮件及其状态。没有邮件服务器时，邮件保存在这里而不发送；包含私密链接的邮件（重置密码、确认）只向其收件人显示，在其账户页面上。
admin-outbox-empty = 发件箱为空。
admin-outbox-when = { $date } { $time }（UTC）
admin-outbox-kept = 保存在应用中（无邮件服务器）
admin-outbox-retrying = 等待重试（已尝试 { $attempts } 次）
admin-outbox-waiting = 等待中
admin-outbox-sending = 发送中
admin-outbox-sent = 已发送
admin-outbox-sent-at = 已于 { $when } 发送
admin-outbox-failed = 尝试 { $attempts } 次后失败
admin-outbox-files = 附件：{ $files }
admin-outbox-to = 收件人 { $recipient } · 写于 { $when }
admin-outbox-why = 原因：{ $error }
admin-outbox-send-again = 重新发送
admin-outbox-not-failed = 只有发送失败的邮件才能重新发送；这封邮件不是（或已不再是）失败状态。

## 审计记录
admin-audit-title = 审计记录
admin-audit-lead = 角色的授予与撤销、成员资格决定、网络成员资格、停用与合并：谁在何时（UTC）做了什么。
admin-audit-filter-label = 筛选审计记录
admin-audit-action = 操作
admin-audit-all-actions = 所有操作
admin-audit-who-field = 操作人（姓名或电子邮件）
admin-audit-on = 操作对象
admin-audit-from = 从
admin-audit-to = 至
admin-audit-filter = 筛选
admin-audit-loading = 正在加载审计记录…
admin-audit-none = 没有匹配的记录。
admin-audit-newest = 最新的 { $count } 条记录（下载 CSV 查看更多）
admin-audit-count = { $count } 条记录
admin-audit-download = 下载 CSV
admin-audit-caption = 审计记录，最新的在前
admin-audit-when = 时间
admin-audit-csv-when = 时间（UTC）
admin-audit-who = 操作人
admin-audit-what = 操作
admin-audit-details = 详情
admin-audit-at = { $date } { $time }
admin-audit-choose-action = 请从列表中选择一个操作。
admin-audit-date-format = 请按 YYYY-MM-DD 格式输入日期。
admin-audit-dates-reversed = 结束日期不能早于开始日期。
