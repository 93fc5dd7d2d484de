// SPDX-License-Identifier: GPL-2.0-only
/*
 * printk: format a message, keep it in the kernel log buffer and hand it
 * to every registered console.  Messages printed before the first console
 * exists wait in log_buf and are replayed when it registers.
 * Follows Linux 2.4.0 kernel/printk.c.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/spinlock.h>
#include <asm/system.h>

#define LOG_BUF_LEN	(16384)
#define LOG_BUF_MASK	(LOG_BUF_LEN - 1)

/* Level given to a line that carries no "<n>" prefix: KERN_WARNING. */
#define DEFAULT_MESSAGE_LOGLEVEL 4
/* Lowest console level a user may set. */
#define MINIMUM_CONSOLE_LOGLEVEL 1
/* Lines with a level below this reach the consoles: all but KERN_DEBUG. */
#define DEFAULT_CONSOLE_LOGLEVEL 7

unsigned long log_size;
int console_loglevel = DEFAULT_CONSOLE_LOGLEVEL;
int default_message_loglevel = DEFAULT_MESSAGE_LOGLEVEL;

spinlock_t console_lock = SPIN_LOCK_UNLOCKED;

struct console *console_drivers;
static char log_buf[LOG_BUF_LEN];
static unsigned long log_start;
static unsigned long logged_chars;

/* Formatting buffer; 3 bytes of room in front for a level prefix. */
static char buf[1024];

/* Hand one piece of a line (no "<n>" prefix) to every enabled console. */
static void write_to_consoles(int msg_level, const char *msg, unsigned len)
{
	struct console *c;

	if (msg_level >= console_loglevel)
		return;
	for (c = console_drivers; c; c = c->next)
		if ((c->flags & CON_ENABLED) && c->write)
			c->write(c, msg, len);
}

/* Append one character to the circular log, dropping the oldest if full. */
static void log_char(char c)
{
	log_buf[(log_start + log_size) & LOG_BUF_MASK] = c;
	if (log_size < LOG_BUF_LEN)
		log_size++;
	else
		log_start++;
	logged_chars++;
}

static int has_level(const char *p)
{
	return p[0] == '<' && p[1] >= '0' && p[1] <= '7' && p[2] == '>';
}

/*
 * Format the message, log every line with a level prefix (the default one
 * if the caller gave none) and print it.  A line may be built by several
 * calls: the level of its first piece holds until the newline.
 */
asmlinkage int printk(const char *fmt, ...)
{
	static signed char msg_level = -1;
	unsigned long flags;
	va_list args;
	char *text, *end, *line;
	int len;

	spin_lock_irqsave(&console_lock, flags);
	va_start(args, fmt);
	len = vsprintf(buf + 3, fmt, args);
	va_end(args);
	end = buf + 3 + len;

	for (text = buf + 3; text < end; ) {
		if (msg_level < 0) {
			if (has_level(text)) {
				msg_level = text[1] - '0';
				text += 3;
			} else {
				msg_level = default_message_loglevel;
			}
			log_char('<');
			log_char('0' + msg_level);
			log_char('>');
		}
		line = text;
		while (text < end && *text != '\n')
			log_char(*text++);
		if (text < end) {
			log_char(*text++);
			write_to_consoles(msg_level, line, text - line);
			msg_level = -1;
		} else {
			write_to_consoles(msg_level, line, text - line);
		}
	}
	spin_unlock_irqrestore(&console_lock, flags);
	return len;
}

/*
 * Add a console.  Everything logged so far is replayed to it, so the
 * lines printed before console_init() are not lost.
 */
void register_console(struct console *console)
{
	char piece[16];
	signed char level = -1;
	unsigned long flags, done, pos;
	int n = 0, skip;
	char c;

	if (console->setup && console->setup(console, NULL) < 0)
		return;
	console->flags |= CON_ENABLED;

	spin_lock_irqsave(&console_lock, flags);
	console->next = console_drivers;
	console_drivers = console;
	spin_unlock_irqrestore(&console_lock, flags);

	if (!(console->flags & CON_PRINTBUFFER))
		return;

	/*
	 * Replay the log in pieces of up to 15 characters, each ending at a
	 * newline at the latest; a line's "<n>" sets its level, unshown.
	 */
	pos = log_start;
	for (done = 0; done < log_size; done++) {
		c = log_buf[pos++ & LOG_BUF_MASK];
		piece[n++] = c;
		if (c != '\n' && done + 1 < log_size && n < sizeof(piece) - 1)
			continue;
		piece[n] = '\0';
		skip = 0;
		if (level < 0) {
			if (has_level(piece)) {
				level = piece[1] - '0';
				skip = 3;
			} else {
				level = default_message_loglevel;
			}
		}
		if (level < console_loglevel)
			console->write(console, piece + skip, n - skip);
		if (c == '\n')
			level = -1;
		n = 0;
	}
}

int unregister_console(struct console *console)
{
	struct console *a, *b;
	int res = 1;

	if (console_drivers == console) {
		console_drivers = console->next;
		res = 0;
	} else {
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
