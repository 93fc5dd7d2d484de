// SPDX-License-Identifier: GPL-2.0-only
/*
 * printk: format a message, keep it in the kernel log buffer and hand it
 * to every registered console.  Messages printed before the first console
 * exists wait in log_buf and are replayed when it registers.
 * Follows Linux 2.4.0 kernel/printk.c.
 */
/// §10 系统引导和初始化（内核的输出）：printk 是内核自己的 printf。它不直接碰硬件：先把格式化好的
/// 文字放进环形缓冲区 log_buf，再交给 console_drivers 链上的每个控制台。这样在 console_init()
/// 之前打印的内容（横幅、e820 内存图）也不会丢，控制台一注册就补打出来。
/// 与 2.4.0 的关系：变量名（log_buf、log_start、log_size、logged_chars、console_drivers、
/// console_loglevel、default_message_loglevel、console_lock）、常量和对外行为照 2.4.0；函数内部按
/// 本移植自己的结构重写（拆出 write_to_consoles、log_char、has_level 三个小函数）。
/// 没有移植的部分：dmesg 用的 sys_syslog 系统调用、按命令行 console= 选择控制台、console_print()。
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/spinlock.h>
#include <asm/system.h>

/// 16 KB，与 2.4.0 相同。必须是 2 的幂：下标回绕用 & LOG_BUF_MASK，比取模便宜。
#define LOG_BUF_LEN	(16384)
#define LOG_BUF_MASK	(LOG_BUF_LEN - 1)

/* Level given to a line that carries no "<n>" prefix: KERN_WARNING. */
/// 没写级别的 printk 按 4（KERN_WARNING）记录，与 2.4.0 相同。
#define DEFAULT_MESSAGE_LOGLEVEL 4
/* Lowest console level a user may set. */
/// 2.4.0 里 sys_syslog 设置控制台级别时用它作下限；本移植没有 sys_syslog，这个常量暂时没人用。
#define MINIMUM_CONSOLE_LOGLEVEL 1
/* Lines with a level below this reach the consoles: all but KERN_DEBUG. */
/// 级别数值越小越紧急，只有“级别 < console_loglevel”的行才上控制台。
/// 缺省值 7 与 2.4.0 相同：KERN_DEBUG（7）不满足“< 7”，调试信息只进日志缓冲区，不上控制台。
#define DEFAULT_CONSOLE_LOGLEVEL 7

/// log_size：缓冲区里现有的字符数（最多 LOG_BUF_LEN）。2.4.0 里它是全局变量，供 sys_syslog 使用。
unsigned long log_size;
/// 可以在运行中调整：arch/i386/kernel/traps.c 的 die() 在打印 oops 前把它设成 15，保证什么都上屏。
int console_loglevel = DEFAULT_CONSOLE_LOGLEVEL;
int default_message_loglevel = DEFAULT_MESSAGE_LOGLEVEL;

/// 保护 printk 的静态缓冲区、log_buf 和控制台链表。单 CPU 上锁本身是空操作
/// （include/linux/spinlock.h），真正起作用的是 spin_lock_irqsave 里的关中断。
spinlock_t console_lock = SPIN_LOCK_UNLOCKED;

/// 控制台单链表的表头。register_console 把新控制台插在表头，所以后注册的先收到输出。
struct console *console_drivers;
/// 环形缓冲区。每行以 "<n>" 级别前缀开头，控制台上看不到前缀，它只存在于这里。
static char log_buf[LOG_BUF_LEN];
/// log_start：最老那个字符的逻辑位置（只增不减，用时 & LOG_BUF_MASK）。
static unsigned long log_start;
/// 累计写进缓冲区的字符数；2.4.0 的 sys_syslog 用它实现“读取并清除”，本移植目前只记账。
static unsigned long logged_chars;

/* Formatting buffer; 3 bytes of room in front for a level prefix. */
/// 格式化缓冲区用 static 而不放在栈上：内核栈只有 8 KB 且与 task_struct 共用（asm/current.h），
/// 1 KB 的局部数组太奢侈。代价是 printk 不可重入，所以整个过程都在关中断、持锁的状态下进行。
/// 前面留出 3 字节是 2.4.0 的布局：它在没有级别的行前就地补 "<4>"；本移植改为直接往 log_buf 写
/// 前缀，这 3 字节只作为 buf + 3 的偏移保留下来。
static char buf[1024];

/* Hand one piece of a line (no "<n>" prefix) to every enabled console. */
/// §10 系统引导和初始化（printk 的支撑）：把一段文字交给所有启用的控制台。
/// 2.4.0: 无（本移植新增）：2.4.0 把这段循环直接写在 printk() 里；拆出来让 printk 主体只剩
/// “切行、记日志”两件事，读起来更清楚。
static void write_to_consoles(int msg_level, const char *msg, unsigned len)
{
	struct console *c;

	/// 不够紧急的行只进 log_buf，不上控制台（与 2.4.0 相同的判断）。
	if (msg_level >= console_loglevel)
		return;
	/// 同一段文字依次交给每个控制台：串口（Bochs 的 com1 文件，run-bochs 从那里读）和 VGA 屏幕
	/// 上看到的内容因此完全一样。write 在关中断下被调用，驱动里不能睡眠。
	for (c = console_drivers; c; c = c->next)
		if ((c->flags & CON_ENABLED) && c->write)
			c->write(c, msg, len);
}

/* Append one character to the circular log, dropping the oldest if full. */
/// §10 系统引导和初始化（printk 的支撑）：往环形缓冲区追加一个字符。
/// 2.4.0: 无（本移植新增）：2.4.0 在 printk 的循环里就地写 log_buf，这里抽成函数，规则不变。
static void log_char(char c)
{
	/// 写位置 = 起点 + 现有长度，& MASK 实现回绕。
	log_buf[(log_start + log_size) & LOG_BUF_MASK] = c;
	/// 未满：长度加一；已满：新字符覆盖了最老的字符，起点后移一格。
	/// 所以缓冲区里总是最近 16 KB 的输出，最早的先被挤掉。
	if (log_size < LOG_BUF_LEN)
		log_size++;
	else
		log_start++;
	logged_chars++;
}

/// §10 系统引导和初始化（printk 的支撑）：行首是否是 "<0>" 到 "<7>" 的级别前缀。
/// 2.4.0: 无（本移植新增）：2.4.0 在 printk 里内联写同样的三字符检查。
/// KERN_ERR 等宏就是这三个字符的字符串，靠相邻字符串拼接贴在格式串前面（linux/kernel.h）。
static int has_level(const char *p)
{
	return p[0] == '<' && p[1] >= '0' && p[1] <= '7' && p[2] == '>';
}

/*
 * Format the message, log every line with a level prefix (the default one
 * if the caller gave none) and print it.  A line may be built by several
 * calls: the level of its first piece holds until the newline.
 */
/// §10 系统引导和初始化（内核的输出）：格式化、记日志、送控制台。
/// 2.4.0: kernel/printk.c printk()
/// 与 2.4.0 一致的行为：① log_buf 里每行都有 "<n>" 前缀，没给级别的用 default_message_loglevel；
/// ② 控制台上不显示前缀；③ 一行可以由几次 printk 拼成（如 calibrate_delay 的
/// "Calibrating delay loop... " 和随后的 "xx.xx BogoMIPS\n"），级别由这一行的第一段决定，
/// 一直保持到换行；④ 返回 vsprintf 格式化出的字符数。代码按本移植自己的结构重写。
/// asmlinkage：head.S 的 ignore_int 也从汇编里调用它，参数一律经堆栈传递。
asmlinkage int printk(const char *fmt, ...)
{
	/// static：跨调用记住“当前行的级别”；-1 表示上一行已经结束，下一个字符是新行的开头。
	static signed char msg_level = -1;
	unsigned long flags;
	va_list args;
	char *text, *end, *line;
	int len;

	/// 关中断：中断处理程序里也会 printk（如 die() 打印 oops），若不关中断，中断里的 printk 会在中途
	/// 改写共享的 buf 和 msg_level。用 irqsave 而不是 cli/sti：调用者本来就关着中断时，
	/// 退出时不能擅自把中断打开。
	spin_lock_irqsave(&console_lock, flags);
	va_start(args, fmt);
	/// 没有长度检查：一次展开超过约 1020 字节就会写出 buf 的末尾。2.4.0 同样如此
	/// （那时内核还没有 vsnprintf），内核自己的消息都远短于此。
	len = vsprintf(buf + 3, fmt, args);
	va_end(args);
	end = buf + 3 + len;

	/// 按换行切成若干行，逐行记日志、送控制台。
	for (text = buf + 3; text < end; ) {
		/// 新行开始：先定下级别，再往 log_buf 写三字符前缀。
		if (msg_level < 0) {
			if (has_level(text)) {
				/// 调用者给了前缀：记下级别，跳过这三个字符，控制台上不显示它们。
				msg_level = text[1] - '0';
				text += 3;
			} else {
				/// 没写级别：按缺省的 4（KERN_WARNING）记录。
				msg_level = default_message_loglevel;
			}
			/// log_buf 里无论如何都带前缀，syslog 式的读者据此过滤。
			log_char('<');
			log_char('0' + msg_level);
			log_char('>');
		}
		/// 本段交给控制台的起点（前缀之后）。
		line = text;
		/// 把到换行为止的字符逐个记进 log_buf。
		while (text < end && *text != '\n')
			log_char(*text++);
		/// 遇到换行：换行也记进日志，这一段连同换行交给控制台，然后 msg_level 复位为 -1，
		/// 下一段是新行。
		if (text < end) {
			log_char(*text++);
			write_to_consoles(msg_level, line, text - line);
			msg_level = -1;
		} else {
			/// 格式串没有以换行结尾：先把这半行交给控制台，不等行尾——所以校准延时的漫长过程中，
			/// "Calibrating delay loop... " 已经显示出来了。级别留给下一次 printk 接着用。
			write_to_consoles(msg_level, line, text - line);
		}
	}
	/// 恢复进入时的中断状态。
	spin_unlock_irqrestore(&console_lock, flags);
	return len;
}

/*
 * Add a console.  Everything logged so far is replayed to it, so the
 * lines printed before console_init() are not lost.
 */
/// §10 系统引导和初始化（控制台）：登记一个控制台，并把此前的日志补打给它。
/// 2.4.0: kernel/printk.c register_console()
/// 与 2.4.0 不同：2.4.0 按命令行的 console= 选项（console_cmdline[]）决定启用哪些控制台、哪个是
/// /dev/console（CON_CONSDEV，插在表头，其余插在第二位）；命令行里没有 console= 时，只启用第一个
/// 注册的控制台（通常是虚拟终端），串口控制台要写 console=ttyS0 才会启用。本移植没有 console=
/// 选项，也没有 /dev/console，为了无头测试能从串口读到输出，每个注册的控制台都启用并插在表头。
void register_console(struct console *console)
{
	/// 补打用的小缓冲：一次最多交给控制台 15 个字符（留一个字节放结束符），只占很少的系统堆栈。
	/// level 是当前这一行的级别，-1 表示正处在行首、级别还没定。
	char piece[16];
	signed char level = -1;
	unsigned long flags, done, pos;
	int n = 0, skip;
	char c;

	/// 先让驱动初始化硬件（串口设置波特率，VGA 找到 BIOS 留下的光标位置）；返回负数就放弃注册。
	/// options 传 NULL：本移植没有 "console=ttyS0,9600" 之类的参数可传。
	if (console->setup && console->setup(console, NULL) < 0)
		return;
	/// 启用它：printk 只写启用了的控制台。
	console->flags |= CON_ENABLED;

	/// 插入链表要和 printk 对链表的遍历互斥。
	spin_lock_irqsave(&console_lock, flags);
	console->next = console_drivers;
	/// 插在表头：console_init 先注册 VGA、后注册串口，所以链表顺序是串口在前、VGA 在后。
	console_drivers = console;
	spin_unlock_irqrestore(&console_lock, flags);

	/// 只有要求补打的控制台才重放日志；本移植的两个控制台都设了 CON_PRINTBUFFER，
	/// 所以串口输出文件里也能看到从横幅开始的全部引导信息。
	if (!(console->flags & CON_PRINTBUFFER))
		return;

	/*
	 * Replay the log in pieces of up to 15 characters, each ending at a
	 * newline at the latest; a line's "<n>" sets its level, unshown.
	 */
	/// 从最老的字符开始，按原顺序重放整个缓冲区（pos 与 LOG_BUF_MASK 相与就是环形缓冲里的位置）。
	/// 与 2.4.0 不同：2.4.0 在整个重放过程中一直持有 console_lock（关着中断）；本移植在上面已经解锁，
	/// 而这个控制台已在链上，若重放期间有中断里的 printk，它的输出会插在旧内容中间，还会与重放并发地
	/// 写同一个设备。引导时中断处理程序不打印，所以现在看不到这种情形。
	pos = log_start;
	for (done = 0; done < log_size; done++) {
		c = log_buf[pos++ & LOG_BUF_MASK];
		piece[n++] = c;
		/// 一个字符一个字符地攒进小缓冲，遇到换行、到了日志末尾或攒满 15 个字符，才输出这一段。
		if (c != '\n' && done + 1 < log_size && n < sizeof(piece) - 1)
			continue;
		/// 补上结束符（has_level 读前三个字符时不会越过这一段），skip 是要跳过的前缀长度。
		piece[n] = '\0';
		skip = 0;
		/// 行首：解析并跳过 "<n>" 前缀，规则与 printk 相同。日志回绕后第一行的开头（连同前缀）
		/// 可能已被覆盖，那时按默认级别处理。
		if (level < 0) {
			if (has_level(piece)) {
				level = piece[1] - '0';
				skip = 3;
			} else {
				level = default_message_loglevel;
			}
		}
		/// 与 printk 相同的过滤：补打出来的内容和当初直接打印的内容一样。
		if (level < console_loglevel)
			console->write(console, piece + skip, n - skip);
		/// 一行结束才复位级别；被 15 字节截断的长行，后面几段沿用同一级别。
		if (c == '\n')
			level = -1;
		n = 0;
	}
}

/// §10 系统引导和初始化（控制台）：从 console_drivers 链上摘下一个控制台；返回 0 表示摘下了，
/// 1 表示它不在链上。
/// 2.4.0: kernel/printk.c unregister_console()
/// 本移植引导过程中没有调用者（2.4.0 里是可卸载的控制台驱动模块用的），保留是为了接口完整。
/// 与 2.4.0 不同：2.4.0 在摘链时持有 console_lock，链表摘空后还会让下一个注册的控制台重新当首选；
/// 本移植两者都没有。另外链表为空（console_drivers 为 NULL）时下面的 else 分支会解引用空指针，
/// 这一点 2.4.0 也一样。现在没人调用，不会出事，已在报告中记下。
int unregister_console(struct console *console)
{
	struct console *a, *b;
	int res = 1;

	/// 要摘的就是表头：表头直接指向下一个。
	if (console_drivers == console) {
		console_drivers = console->next;
		res = 0;
	} else {
		/// b 始终是 a 的前驱；找到后让前驱跳过 a。
		for (a = console_drivers->next, b = console_drivers; a;
		     b = a, a = b->next) {
			if (a == console) {
				b->next = a->next;
				res = 0;
				break;
			}
		}
	}
	return res;
}
