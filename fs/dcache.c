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
static inline struct list_head *d_hash(struct dentry *parent,
				       unsigned long h)
{
	h += (unsigned long) parent / L1_CACHE_BYTES;
	h = h ^ (h >> D_HASHBITS) ^ (h >> (2 * D_HASHBITS));
	return dentry_hashtable + (h & (D_HASHSIZE - 1));
}

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
void d_instantiate(struct dentry *entry, struct inode *inode)
{
	entry->d_inode = inode;
}

/* Make the entry findable by d_lookup. */
void d_rehash(struct dentry *entry)
{
	list_add(&entry->d_hash,
		 d_hash(entry->d_parent, entry->d_name.hash));
}

/* Lookups no longer find it (it stays valid for its holders). */
void d_drop(struct dentry *dentry)
{
	list_del(&dentry->d_hash);
	INIT_LIST_HEAD(&dentry->d_hash);
}

/*
 * The entry of name under parent, with a count taken, or NULL.  A
 * negative entry is returned too: "known not to exist".
 */
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
	if (start == end)
		*--start = '/';		/* the root itself */
	return start;
}
