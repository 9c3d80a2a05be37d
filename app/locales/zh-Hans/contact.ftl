## Contact the secretariat.

contact-title = 联系秘书处
contact-lead = 对合作伙伴关系、培训或论坛有疑问？请写信给 WaterLinks 秘书处。
contact-name = 您的姓名
contact-email = 电子邮箱
contact-organization = 组织（选填）
contact-message = 留言
contact-sending = 正在发送…
contact-send = 发送留言
contact-thanks = 谢谢
contact-thanks-text = 您的留言已送达秘书处。我们通常会在两个工作日内回复。
contact-name-missing = 请输入您的姓名。
contact-name-too-long = 姓名请少于 { $max } 个字符。
contact-email-missing = 请输入您的电子邮箱地址，以便我们回复。
contact-email-invalid = 这看起来不是电子邮箱地址（例如：name@utility.org）。
contact-organization-too-long = 组织名称请少于 { $max } 个字符。
contact-message-missing = 请填写留言内容。
contact-message-too-long = 留言请少于 { $max } 个字符。
