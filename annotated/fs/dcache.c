// SPDX-License-Identifier: GPL-2.0-only
/*
 * Directory entries: dropping a reference (dput) and spelling an
 * entry's path (d_path, which /proc/<pid>/maps prints for a file
 * mapping).
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/dcache.c.  Port: there is
 * no dentry cache (no hash, no LRU of unused entries, no mounts): an
 * entry whose last reference goes and whose d_delete says so is given
 * back to its file system (d_release) at once; any other stays where
 * its file system keeps it (the initrd's, the console's).
 */
/// 第5章（文件系统）：目录项（dentry）的释放与路径名。2.4.0: fs/dcache.c（这里只有 dput 与 d_path）。
/// 与 2.4.0 不同：没有目录项缓存（dentry_hashtable、LRU、shrink_dcache），见 Documentation/deviations.md。
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/dcache.h>

/*
 * Drop one reference.  The last one frees the entry if its file system
 * wants unused entries gone, then drops the reference it held on its
 * parent.
 */
/// §5.5 文件的打开与关闭：目录项的引用计数。2.4.0: fs/dcache.c dput()
/// 2.4.0 的 dput 在计数降到 0 时，把还在杂凑表里的目录项挂到“未用”LRU 队列上留作缓存，只释放已经脱链的；
/// 本移植没有目录项缓存：文件系统的 d_delete 说“删”（/proc 总是这样说）就当场经 d_release 还给它，
/// 否则（initrd、控制台的目录项，由各自的文件系统长期持有）什么也不做。
void dput(struct dentry *dentry)
{
	struct dentry *parent;

	while (dentry) {
		if (!atomic_dec_and_test(&dentry->d_count))
			return;
		if (!dentry->d_op || !dentry->d_op->d_delete ||
		    !dentry->d_op->d_delete(dentry))
			return;		/* kept by its file system */
		/// 父目录的引用是子目录项替它持有的：释放子项之后要接着放掉这一个（循环代替 2.4.0 的 goto repeat）。
		parent = dentry->d_parent;
		if (dentry->d_op->d_release)
			dentry->d_op->d_release(dentry);
		if (parent == dentry)
			return;
		dentry = parent;	/* its reference on the parent */
	}
}

/*
 * The path of dentry, written backwards from the end of buffer (buflen
 * bytes): returns where it starts.  A path too long for the buffer
 * keeps its last components only.  vfsmnt is unused: no mounts.
 */
/// §5.2 从路径名到目标节点（反方向）：由目录项拼出路径名，/proc/<pid>/maps 打印文件映射的路径就靠它。2.4.0: fs/dcache.c d_path()
/// 从缓冲区末尾往前写：先写结尾的 0，再沿 d_parent 一级级向上，每级前面加“/”，直到根（IS_ROOT：自己是自己的父目录）。
/// 与 2.4.0 不同：没有安装点（vfsmnt 不用），也不给已删除的目录项加“ (deleted)”；放不下时保留路径的后几段。
char *d_path(struct dentry *dentry, struct vfsmount *vfsmnt,
	     char *buffer, int buflen)
{
	char *end = buffer + buflen;
	char *start;
	int len;

	*--end = '\0';
	buflen--;
	start = end;
	while (dentry && !IS_ROOT(dentry)) {
		len = dentry->d_name.len;
		if (buflen < len + 1)
			break;
		buflen -= len + 1;
		start -= len;
		memcpy(start, dentry->d_name.name, len);
		*--start = '/';
		dentry = dentry->d_parent;
	}
	if (start == end)
		/// 什么都没写（路径就是根本身），结果是“/”。
		*--start = '/';		/* the root itself */
	return start;
}
