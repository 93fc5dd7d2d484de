// SPDX-License-Identifier: GPL-2.0-only
/*
 * The text of the per-process /proc files; here /proc/<pid>/maps, one
 * line per virtual memory area in address order:
 *
 *	start-end flags offset major:minor inode path
 *
 * e.g. "08048000-0804a000 r-xp 00000000 00:00 3          /t_proc".
 * 情景分析 §2.3 (vm_area_struct).  Follows Linux 2.4.0 fs/proc/array.c.
 */
/// §2.3 虚存区间：进程的 /proc 文件的内容，这里是 /proc/<pid>/maps。2.4.0: fs/proc/array.c（status、stat、statm 未移植）。
/// 每个 vm_area_struct 一行，按地址顺序（沿 mm->mmap 链表），用户可以直接看到 mmap、mprotect、munmap 把区间怎样分裂、合并。
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/proc_fs.h>
#include <asm/uaccess.h>

/*
 * The file position of maps is not a byte count: it is the line number
 * shifted left by MAPS_LINE_SHIFT plus the column within that line, so
 * a read that stops inside a line goes on from there next time.
 */
/// 2.4.0 的 maps 文件位置编码：低 12 位是列，其余是行号。lseek(fd, 0, SEEK_CUR) 看得到这个编码。
#define MAPS_LINE_LENGTH	4096
#define MAPS_LINE_SHIFT		12

/* Columns before the path: 8+1+8+1+4+1+8+1+5+1+10+1. */
/// 路径前面各栏的宽度之和：8 1 8 1 4 1 8 1 5 1 10 1 = 49，路径从这一列开始，各行对齐。
#define MAPS_LINE_MAX		49

/*
 * The line of one area, built in the page tmp: returns its length and
 * where it starts in *line.  A file area's path starts at column
 * MAPS_LINE_MAX (spaces pad up to it); a path longer than the page
 * keeps its end.
 */
/// §2.3 虚存区间：一个 vm_area_struct 的一行。2.4.0: fs/proc/array.c proc_pid_read_maps() 中拼一行的部分
/// 起止地址、权限（r/w/x，VM_MAYSHARE 为 s 否则 p）、文件内偏移（vm_pgoff 换成字节）、设备号“主:次”、索引节点号；
/// 文件映射再在第 49 列（MAPS_LINE_MAX）开始打印 d_path 给出的路径，前面补空格；匿名区间到索引节点号 0 就换行。
/// d_path 把路径写在 tmp 页面的末尾，行头紧贴在它前面拷进去，整行就在页面里连成一片，不用再挪动路径。
static int proc_pid_maps_line(struct vm_area_struct *map, char *tmp,
			      char **line)
{
	struct file *file = map->vm_file;
	kdev_t dev = 0;
	unsigned long ino = 0;
	char head[MAPS_LINE_MAX + 16];
	char *path, *start;
	int len;

	if (file) {
		struct inode *inode = file->f_dentry->d_inode;

		dev = inode->i_dev;
		ino = inode->i_ino;
	}
	len = sprintf(head, "%08lx-%08lx %c%c%c%c %08lx %02x:%02x %lu",
		      map->vm_start, map->vm_end,
		      map->vm_flags & VM_READ ? 'r' : '-',
		      map->vm_flags & VM_WRITE ? 'w' : '-',
		      map->vm_flags & VM_EXEC ? 'x' : '-',
		      map->vm_flags & VM_MAYSHARE ? 's' : 'p',
		      map->vm_pgoff << PAGE_SHIFT, MAJOR(dev), MINOR(dev), ino);

	if (!file) {
		head[len++] = '\n';
		memcpy(tmp, head, len);
		*line = tmp;
		return len;
	}

	while (len < MAPS_LINE_MAX)
		head[len++] = ' ';
	path = d_path(file->f_dentry, file->f_vfsmnt, tmp, PAGE_SIZE);
	start = path - len;
	if (start < tmp)
		start = tmp;		/* cut the path's head off */
	memcpy(start, head, len);
	tmp[PAGE_SIZE - 1] = '\n';	/* where d_path put its NUL */
	*line = start;
	return tmp + PAGE_SIZE - start;
}

/*
 * read() of /proc/<pid>/maps: the lines from *ppos on, at most a page
 * per call.  The areas are walked under mmap_sem into a kernel page and
 * copied out after it is released (a fault on buf takes mmap_sem too).
 * A process without an address space (gone, or a kernel thread) has an
 * empty file.
 */
/// §2.3：读 /proc/<pid>/maps。2.4.0: fs/proc/array.c proc_pid_read_maps()
/// 文件位置不是字节数，而是“行号 << 12 + 行内列号”：一次读在一行中间停下，下一次从这一列接着读，行不会被读重或读丢。
/// 先在 task_lock 下取 mm 并加 mm_users，这样进程中途退出也不会释放它；进程已经没有 mm（退出了）就是空文件。
/// 在 mmap_sem 下把行拼进内核页面，放掉信号量以后才 copy_to_user：拷贝时若发生缺页，do_page_fault 也要 down(mmap_sem)，
/// 持着它拷贝就会自己锁死自己。每次调用至多一页。
ssize_t proc_pid_read_maps(struct task_struct *task, struct file *file,
			   char *buf, size_t count, loff_t *ppos)
{
	struct mm_struct *mm;
	struct vm_area_struct *map;
	char *page, *tmp, *line;
	loff_t lineno = *ppos >> MAPS_LINE_SHIFT;
	int column = *ppos & (MAPS_LINE_LENGTH - 1);
	loff_t index;
	size_t done = 0;
	int len, n;

	if (count > PAGE_SIZE)
		count = PAGE_SIZE;

	task_lock(task);
	if ((mm = task->mm) != NULL)
		atomic_inc(&mm->mm_users);	/* kept past an exit */
	task_unlock(task);
	if (mm == NULL)
		return 0;

	page = (char *) __get_free_page(GFP_KERNEL);
	tmp = (char *) __get_free_page(GFP_KERNEL);
	if (!page || !tmp) {
		done = -ENOMEM;
		goto out;
	}

	down(&mm->mmap_sem);
	index = 0;
	for (map = mm->mmap; map && done < count; map = map->vm_next) {
		if (index++ < lineno)
			continue;
		len = proc_pid_maps_line(map, tmp, &line);
		n = len - column;
		if (n > (int) (count - done))
			n = count - done;
		if (n > 0) {
			memcpy(page + done, line + column, n);
			done += n;
			column += n;
		}
		if (column < len)
			break;		/* the caller's count is met */
		lineno++;
		column = 0;
	}
	up(&mm->mmap_sem);

	if (done && copy_to_user(buf, page, done))
		done = -EFAULT;
	else
		/// 拷贝失败（-EFAULT）时位置不动，读到的部分不算数。
		*ppos = (lineno << MAPS_LINE_SHIFT) + column;
out:
	if (tmp)
		free_page((unsigned long) tmp);
	if (page)
		free_page((unsigned long) page);
	mmput(mm);
	return done;
}
