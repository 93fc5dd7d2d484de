// SPDX-License-Identifier: GPL-2.0-only
/*
 * The directory-entry cache: every name the file tree knows is a dentry
 * under its parent, found by (parent, name) in one hash table.  For
 * ramfs the cache is the whole directory: its files exist only as
 * dentries pinned here.  d_path spells an entry's path (for
 * /proc/<pid>/maps).
 * Chapter 5 (files).  Follows Linux 2.4.0 fs/dcache.c.  Port: no LRU of
 * unused entries and no pruning: a dentry whose count drops to zero is
 * freed at once if it is negative or unhashed (or its d_op->d_delete
 * asks for it, as /proc's do), else kept (ramfs pins its own); no
 * aliases list, no mounts.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/dcache.h>

#define D_HASHBITS	6
#define D_HASHSIZE	(1UL << D_HASHBITS)

static kmem_cache_t *dentry_cache;
static struct list_head dentry_hashtable[D_HASHSIZE];

/* The chain of name hash h under parent. */
/// §5.2 目录项高速缓存的杂凑：父目录项地址加上名字的杂凑值，折叠后落到 D_HASHSIZE 条队列之一。移植：表只有 64 项，静态分配。 2.4.0: fs/dcache.c d_hash()
static inline struct list_head *d_hash(struct dentry *parent,
				       unsigned long h)
{
	h += (unsigned long) parent / L1_CACHE_BYTES;
	h = h ^ (h >> D_HASHBITS) ^ (h >> (2 * D_HASHBITS));
	return dentry_hashtable + (h & (D_HASHSIZE - 1));
}

/// §5.2 建立 dentry 的 slab 缓冲区并初始化杂凑表（2.4.0 在 vfs_caches_init 中调用，表的大小按内存计算）。 2.4.0: fs/dcache.c dcache_init()
void __init dcache_init(void)
{
	int i;

	dentry_cache = kmem_cache_create("dentry_cache",
					 sizeof(struct dentry), 0,
					 SLAB_HWCACHE_ALIGN, NULL, NULL);
	if (!dentry_cache)
		panic("Cannot create dentry cache");
	for (i = 0; i < D_HASHSIZE; i++)
		INIT_LIST_HEAD(&dentry_hashtable[i]);
}

/*
 * A new dentry for name under parent (which it holds a count on),
 * negative and unhashed, with one count.  NULL without memory.
 */
/// §5.2 为父目录下的一个名字分配目录项：名字短的放在 d_iname 里，长的另行 kmalloc；新项是“负”的（d_inode 为空），尚未挂入杂凑表，挂在父目录的 d_subdirs 上并持有父目录的计数。 2.4.0: fs/dcache.c d_alloc()
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name)
{
	struct dentry *de;
	unsigned char *str;

	de = kmem_cache_alloc(dentry_cache, GFP_KERNEL);
	if (!de)
		return NULL;
	str = de->d_iname;
	if (name->len > DNAME_INLINE_LEN - 1) {
		str = kmalloc(name->len + 1, GFP_KERNEL);
		if (!str) {
			kmem_cache_free(dentry_cache, de);
			return NULL;
		}
	}
	memcpy(str, name->name, name->len);
	str[name->len] = 0;

	atomic_set(&de->d_count, 1);
	de->d_flags = 0;
	de->d_inode = NULL;
	de->d_op = NULL;
	de->d_fsdata = NULL;
	de->d_name.name = str;
	de->d_name.len = name->len;
	de->d_name.hash = name->hash;
	INIT_LIST_HEAD(&de->d_hash);
	INIT_LIST_HEAD(&de->d_subdirs);
	if (parent) {
		de->d_parent = dget(parent);
		list_add(&de->d_child, &parent->d_subdirs);
	} else {
		de->d_parent = de;	/* a root is its own parent */
		INIT_LIST_HEAD(&de->d_child);
	}
	return de;
}

/* The root entry "/" of a file system whose root inode is given. */
/// §5.4 文件系统根目录的目录项“/”，它的父目录就是它自己。 2.4.0: fs/dcache.c d_alloc_root()
struct dentry *d_alloc_root(struct inode *root)
{
	static const struct qstr slash = { (const unsigned char *) "/", 1, 0 };
	struct dentry *de = NULL;

	if (root) {
		de = d_alloc(NULL, &slash);
		if (de)
			d_instantiate(de, root);
	}
	return de;
}

/* The entry names this inode now (the inode's count passes to it). */
/// §5.2 让目录项指向索引节点，索引节点的引用计数转给目录项。移植：没有 i_dentry 别名队列。 2.4.0: fs/dcache.c d_instantiate()
void d_instantiate(struct dentry *entry, struct inode *inode)
{
	entry->d_inode = inode;
}

/* Make the entry findable by d_lookup. */
/// §5.2 挂入杂凑表，从此 d_lookup 能找到它。 2.4.0: fs/dcache.c d_rehash()
void d_rehash(struct dentry *entry)
{
	list_add(&entry->d_hash,
		 d_hash(entry->d_parent, entry->d_name.hash));
}

/* Lookups no longer find it (it stays valid for its holders). */
/// §5.7 从杂凑表摘下：持有者仍可使用，但查找再也找不到（unlink 一个仍打开的文件就是这样）。 2.4.0: fs/dcache.c d_drop()
void d_drop(struct dentry *dentry)
{
	list_del(&dentry->d_hash);
	INIT_LIST_HEAD(&dentry->d_hash);
}

/*
 * The entry of name under parent, with a count taken, or NULL.  A
 * negative entry is returned too: "known not to exist".
 */
/// §5.2 按（父目录，名字）在杂凑队列中查找，找到即增加计数返回；负目录项也返回，表示“已知不存在”。 2.4.0: fs/dcache.c d_lookup()
struct dentry *d_lookup(struct dentry *parent, struct qstr *name)
{
	struct list_head *head = d_hash(parent, name->hash);
	struct list_head *pos;
	struct dentry *de;

	for (pos = head->next; pos != head; pos = pos->next) {
		de = list_entry(pos, struct dentry, d_hash);
		if (de->d_parent != parent ||
		    de->d_name.hash != name->hash ||
		    de->d_name.len != name->len ||
		    memcmp(de->d_name.name, name->name, name->len))
			continue;
		return dget(de);
	}
	return NULL;
}

/*
 * Let go of the inode: the entry turns negative.  A file system with a
 * d_iput method drops the inode itself.
 */
/// §5.7 目录项放弃它的索引节点，变成负目录项；iput 可能因此释放索引节点及其页面缓冲中的页面。 2.4.0: fs/dcache.c dentry_iput()
/// 文件系统若有 d_iput（本移植只有 /proc），由它自己放掉索引节点，否则就是 iput。
static inline void dentry_iput(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (inode) {
		dentry->d_inode = NULL;
		if (dentry->d_op && dentry->d_op->d_iput)
			dentry->d_op->d_iput(dentry, inode);
		else
			iput(inode);
	}
}

/* Give the entry's memory back (its file system hears of it first). */
/// §5.2 目录项本身的释放：先让文件系统知道（d_release），再放掉另行分配的长名字，最后还给 dentry_cache。2.4.0: fs/dcache.c d_free()
static inline void d_free(struct dentry *dentry)
{
	if (dentry->d_op && dentry->d_op->d_release)
		dentry->d_op->d_release(dentry);
	if (dentry->d_name.name != dentry->d_iname)
		kfree(dentry->d_name.name);
	kmem_cache_free(dentry_cache, dentry);
}

/*
 * The name was removed (unlink, rmdir).  If the caller is the only
 * user, the entry goes negative at once; otherwise it only leaves the
 * hash, and the inode stays with the users until the last dput.
 */
/// §5.7 名字被删除：若调用者是唯一用户，立即变为负目录项；否则只从杂凑表摘下，索引节点留给仍在使用的进程，直到最后一次 dput。 2.4.0: fs/dcache.c d_delete()
void d_delete(struct dentry *dentry)
{
	if (atomic_read(&dentry->d_count) == 1) {
		dentry_iput(dentry);
		return;
	}
	if (!d_unhashed(dentry))
		d_drop(dentry);
}

/*
 * Drop a count.  At zero an entry its file system wants gone (d_op's
 * d_delete), a negative or an unhashed one is freed, with its inode and
 * its count on the parent (which may go the same way); any other
 * positive hashed one stays cached.
 */
/// §5.2 递减计数。到 0 时先问文件系统的 d_delete（/proc 总是答“删”，于是先摘下杂凑链）；之后已摘下的或负的目录项立即释放，连同它对父目录的计数（循环代替 2.4.0 的 goto repeat），
/// 正的仍挂在杂凑表里的留在缓存中（ramfs 的文件就靠它存在）。移植：没有“未使用目录项”的 LRU 队列，也不会被 shrink_dcache 回收。 2.4.0: fs/dcache.c dput()
void dput(struct dentry *dentry)
{
	struct dentry *parent;

	while (dentry) {
		if (!atomic_dec_and_test(&dentry->d_count))
			return;
		if (dentry->d_op && dentry->d_op->d_delete &&
		    dentry->d_op->d_delete(dentry))
			d_drop(dentry);
		if (dentry->d_inode && !d_unhashed(dentry))
			return;
		if (!d_unhashed(dentry))
			d_drop(dentry);
		list_del(&dentry->d_child);
		dentry_iput(dentry);
		parent = dentry->d_parent;
		d_free(dentry);
		if (parent == dentry)
			return;
		dentry = parent;
	}
}

/*
 * The path of dentry, written backwards from the end of buffer (buflen
 * bytes): returns where it starts.  A path too long for the buffer
 * keeps its last components only.  vfsmnt is unused: no mounts.  An
 * entry whose name was removed (unlinked, still mapped) gets
 * " (deleted)" after it.
 */
/// §5.2 从路径名到目标节点（反方向）：由目录项拼出路径名，/proc/<pid>/maps 打印文件映射的路径就靠它。2.4.0: fs/dcache.c d_path()
/// 从缓冲区末尾往前写：先写结尾的 0，再沿 d_parent 一级级向上，每级前面加“/”，直到根（IS_ROOT：ramfs 的根“/”）。ramfs 文件得到的是它真实的路径，如 /dir/file。
/// 与 2.4.0 不同：没有安装点（vfsmnt 不用）；放不下时保留路径的后几段。与 2.4.0 相同：名字已被删除（unlink 后仍被映射）的目录项后面加“ (deleted)”。
char *d_path(struct dentry *dentry, struct vfsmount *vfsmnt,
	     char *buffer, int buflen)
{
	static const char deleted[] = " (deleted)";
	char *end = buffer + buflen;
	char *start;
	int len;

	*--end = '\0';
	buflen--;
	if (!IS_ROOT(dentry) && d_unhashed(dentry) &&
	    buflen > (int) sizeof(deleted) - 1) {
		buflen -= sizeof(deleted) - 1;
		end -= sizeof(deleted) - 1;
		memcpy(end, deleted, sizeof(deleted) - 1);
	}
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
	/// 什么都没写（路径就是根本身），结果是“/”。
	if (start == end)
		*--start = '/';		/* the root itself */
	return start;
}
