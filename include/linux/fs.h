/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Files, inodes and address spaces, as far as the memory manager needs
 * them: the open file an mmap() maps (f_mode, f_op->mmap), its inode
 * (i_writecount for MAP_DENYWRITE, i_flags) and the inode's address
 * space, whose i_mmap/i_mmap_shared lists hold the areas mapping it.
 * Structures keep 2.4.0's field names and order, with fields the port
 * does not use yet left out.
 * 情景分析 §2.13.  Follows Linux 2.4.0 include/linux/fs.h.
 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/dcache.h>
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/kdev_t.h>
#include <linux/wait.h>
#include <linux/proc_fs_i.h>
#include <linux/shmem_fs.h>
#include <asm/atomic.h>
#include <asm/bitops.h>
#include <asm/page.h>
#include <asm/semaphore.h>

/* Most files one process may have open (RLIMIT_NOFILE's hard limit). */
#define INR_OPEN	1024

/* file->f_mode: how the file was opened. */
#define FMODE_READ	1
#define FMODE_WRITE	2

/* inode->i_flags */
#define S_SYNC		1	/* writes are synchronous */
#define S_NOATIME	2
#define S_APPEND	4	/* writes only at the end */
#define S_IMMUTABLE	8

#define IS_APPEND(inode)	((inode)->i_flags & S_APPEND)

/* Mode bits a mandatory lock is recognised by: setgid, group exec off
 * (S_ISGID, S_IXGRP in linux/stat.h). */

#ifdef __KERNEL__

struct page;
struct file;
struct inode;
struct vm_area_struct;
struct module;
struct vfsmount;
struct poll_table_struct;
struct file_lock;
struct iovec;
struct address_space;
struct super_block;
struct iattr;
struct nameidata;

/* The default block size of a block device. */
#define BLOCK_SIZE_BITS	10
#define BLOCK_SIZE	(1 << BLOCK_SIZE_BITS)

/* Block I/O: READ and WRITE, READA a read that may be dropped. */
#define READ	0
#define WRITE	1
#define READA	2

/* Bits of buffer_head->b_state. */
#define BH_Uptodate	0	/* holds the block's current data */
#define BH_Dirty	1	/* must be written */
#define BH_Lock		2	/* under I/O */
#define BH_Req		3	/* has been submitted */
#define BH_Mapped	4	/* b_dev/b_blocknr say where it lives */
#define BH_New		5
#define BH_Protected	6

/*
 * One block of a device in memory.  Port: only what page I/O needs; the
 * buffer cache's hash chain and LRU lists (b_next, b_list, b_flushtime,
 * b_next_free, b_prev_free, b_pprev) and the inode's list of dirty
 * buffers (b_inode, b_inode_buffers) are left out.
 */
struct buffer_head {
	unsigned long b_blocknr;	/* block number, in b_size units */
	unsigned short b_size;		/* block size in bytes */
	kdev_t b_dev;			/* the device */
	atomic_t b_count;		/* users */
	kdev_t b_rdev;			/* the device the driver sees */
	unsigned long b_state;		/* BH_* bits */
	struct buffer_head *b_this_page; /* ring of a page's buffers */
	struct buffer_head *b_reqnext;	/* next in its request */
	char *b_data;			/* the block's bytes */
	struct page *b_page;		/* the page b_data lies in */
	void (*b_end_io)(struct buffer_head *bh, int uptodate);
	void *b_private;
	unsigned long b_rsector;	/* first sector on b_rdev */
	wait_queue_head_t b_wait;	/* who waits for the lock */
};

typedef void (bh_end_io_t)(struct buffer_head *bh, int uptodate);

#define buffer_uptodate(bh)	test_bit(BH_Uptodate, &(bh)->b_state)
#define buffer_dirty(bh)	test_bit(BH_Dirty, &(bh)->b_state)
#define buffer_locked(bh)	test_bit(BH_Lock, &(bh)->b_state)
#define buffer_req(bh)		test_bit(BH_Req, &(bh)->b_state)
#define buffer_mapped(bh)	test_bit(BH_Mapped, &(bh)->b_state)

#define bh_offset(bh)	((unsigned long) (bh)->b_data & ~PAGE_MASK)

/* How the kernel reaches the driver of a block major (fs/block_dev.c). */
struct block_device_operations {
	int (*open)(struct inode *, struct file *);
	int (*release)(struct inode *, struct file *);
	int (*ioctl)(struct inode *, struct file *, unsigned, unsigned long);
	int (*check_media_change)(kdev_t);
	int (*revalidate)(kdev_t);
};

/* How an address space moves its pages to and from its backing store. */
struct address_space_operations {
	int (*writepage)(struct page *);
	int (*readpage)(struct file *, struct page *);
	int (*sync_page)(struct page *);
	int (*prepare_write)(struct file *, struct page *, unsigned, unsigned);
	int (*commit_write)(struct file *, struct page *, unsigned, unsigned);
	int (*bmap)(struct address_space *, long);
};

/*
 * The pages of one object (a file, or the swap area) in the page cache,
 * and the virtual memory areas mapping it: i_mmap the private ones,
 * i_mmap_shared the shared ones, both guarded by i_shared_lock.
 */
struct address_space {
	struct list_head clean_pages;
	struct list_head dirty_pages;
	struct list_head locked_pages;
	unsigned long nrpages;
	struct address_space_operations *a_ops;
	struct inode *host;
	struct vm_area_struct *i_mmap;
	struct vm_area_struct *i_mmap_shared;
	spinlock_t i_shared_lock;
};

struct inode {
	unsigned long i_ino;
	atomic_t i_count;
	kdev_t i_dev;			/* the device it lives on */
	umode_t i_mode;
	nlink_t i_nlink;		/* names (dentries) it has */
	uid_t i_uid;
	gid_t i_gid;
	kdev_t i_rdev;		/* the device a device node names */
	loff_t i_size;
	unsigned long i_blksize;
	unsigned long i_blocks;
	struct semaphore i_sem;		/* writers and truncate, one at a time */
	struct inode_operations *i_op;	/* names in a directory, truncate */
	struct file_operations *i_fop;	/* what open() gives the file */
	struct super_block *i_sb;
	struct address_space *i_mapping;	/* usually &i_data */
	struct address_space i_data;
	unsigned int i_flags;
	atomic_t i_writecount;	/* > 0 writers, < 0 MAP_DENYWRITE mappers */
	union {
		struct proc_inode_info proc_i;
		struct shmem_inode_info shmem_i;
		void *generic_ip;	/* the file system's own data */
	} u;
};

/* Whose descriptor table a file is closed from (locks are per owner). */
typedef struct files_struct *fl_owner_t;

struct file {
	struct list_head f_list;
	struct dentry *f_dentry;
	struct vfsmount *f_vfsmnt;
	struct file_operations *f_op;
	atomic_t f_count;
	unsigned int f_flags;
	mode_t f_mode;
	loff_t f_pos;
	void *private_data;
};

/* Each open file takes one reference; fput() drops it. */
#define get_file(x)	atomic_inc(&(x)->f_count)
#define file_count(x)	atomic_read(&(x)->f_count)

struct file_operations {
	struct module *owner;
	loff_t (*llseek)(struct file *, loff_t, int);
	ssize_t (*read)(struct file *, char *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char *, size_t, loff_t *);
	int (*readdir)(struct file *, void *, void *);
	unsigned int (*poll)(struct file *, struct poll_table_struct *);
	int (*ioctl)(struct inode *, struct file *, unsigned int,
		     unsigned long);
	int (*mmap)(struct file *, struct vm_area_struct *);
	int (*open)(struct inode *, struct file *);
	int (*flush)(struct file *);
	int (*release)(struct inode *, struct file *);
	int (*fsync)(struct file *, struct dentry *, int datasync);
	int (*fasync)(int, struct file *, int);
	int (*lock)(struct file *, int, struct file_lock *);
	ssize_t (*readv)(struct file *, const struct iovec *, unsigned long,
			 loff_t *);
	ssize_t (*writev)(struct file *, const struct iovec *, unsigned long,
			  loff_t *);
};

/* What a directory does with names, and an inode's truncate. */
struct inode_operations {
	int (*create)(struct inode *, struct dentry *, int);
	struct dentry *(*lookup)(struct inode *, struct dentry *);
	int (*link)(struct dentry *, struct inode *, struct dentry *);
	int (*unlink)(struct inode *, struct dentry *);
	int (*symlink)(struct inode *, struct dentry *, const char *);
	int (*mkdir)(struct inode *, struct dentry *, int);
	int (*rmdir)(struct inode *, struct dentry *);
	int (*mknod)(struct inode *, struct dentry *, int, int);
	int (*rename)(struct inode *, struct dentry *,
		      struct inode *, struct dentry *);
	int (*readlink)(struct dentry *, char *, int);
	int (*follow_link)(struct dentry *, struct nameidata *);
	void (*truncate)(struct inode *);
	int (*permission)(struct inode *, int);
	int (*revalidate)(struct dentry *);
	int (*setattr)(struct dentry *, struct iattr *);
	int (*getattr)(struct dentry *, struct iattr *);
};

/*
 * What a file system does with its inodes.  Port: only delete_inode,
 * which iput() calls for the last reference to an inode with no names
 * left (shmem frees the object's swap entries there).
 */
struct super_operations {
	void (*delete_inode)(struct inode *);
};

/*
 * A mounted file system.  Port: only the fields ramfs and shmem fill;
 * the root (fs/super.c) is the only mount, shmem's super block is
 * never mounted (mm/shmem.c).
 */
struct super_block {
	unsigned long s_blocksize;
	unsigned char s_blocksize_bits;
	struct super_operations *s_op;
	unsigned long s_magic;
	struct dentry *s_root;
};

/* fs/inode.c */
extern struct inode *new_inode(struct super_block *);
extern void iput(struct inode *);
extern void clear_inode(struct inode *);
extern void inode_init(void);

/* fs/super.c: the root of the name space (port: no current->fs). */
extern struct dentry *root_dentry;
extern void mount_root(void);

/* fs/namei.c: a MAP_DENYWRITE mapping holds i_writecount below zero. */
extern int deny_write_access(struct file *);
extern int get_write_access(struct inode *);

static inline void put_write_access(struct inode *inode)
{
	atomic_dec(&inode->i_writecount);
}

static inline void allow_write_access(struct file *file)
{
	if (file)
		atomic_inc(&file->f_dentry->d_inode->i_writecount);
}

/*
 * Error values in pointers: the top page of the address space never
 * holds an object, so -1 ... -1000 cast to a pointer are errors.
 */
#define ERR_PTR(err)	((void *) ((long) (err)))
#define PTR_ERR(ptr)	((long) (ptr))
#define IS_ERR(ptr)	((unsigned long) (ptr) > (unsigned long) (-1000L))

/*
 * The result of a path lookup: the entry found, or with LOOKUP_PARENT
 * its directory and the last component's name.  Port: no mounts, so
 * mnt stays NULL.
 */
struct nameidata {
	struct dentry *dentry;
	struct vfsmount *mnt;
	struct qstr last;
	unsigned int flags;
	int last_type;
};

/* nameidata.flags */
#define LOOKUP_FOLLOW		1
#define LOOKUP_DIRECTORY	2
#define LOOKUP_PARENT		16

/* nameidata.last_type: what the last component was. */
enum { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT, LAST_BIND };

/* fs/namei.c */
extern char *getname(const char *);
#define __getname()	((char *) __get_free_page(GFP_KERNEL))
#define putname(name)	free_page((unsigned long) (name))
extern int open_namei(const char *, int, int, struct nameidata *);
extern int __user_walk(const char *, unsigned, struct nameidata *);
extern void path_release(struct nameidata *);
/* 2.4.0 also passes LOOKUP_POSITIVE; path_walk here only finds positive ones. */
#define user_path_walk(name, nd)	__user_walk(name, LOOKUP_FOLLOW, nd)
extern int path_walk(const char *, struct nameidata *);
extern int vfs_create(struct inode *, struct dentry *, int);
extern int vfs_mknod(struct inode *, struct dentry *, int, int);
extern int vfs_mkdir(struct inode *, struct dentry *, int);
extern struct dentry *lookup_create(struct nameidata *, int);
extern int do_truncate(struct dentry *, loff_t);

/* fs/open.c, fs/file_table.c */
extern struct file *filp_open(const char *, int, int);
extern struct file *dentry_open(struct dentry *, struct vfsmount *, int);
extern int filp_close(struct file *, fl_owner_t id);
extern struct file *get_empty_filp(void);
extern void put_filp(struct file *);
extern void files_init(void);
extern loff_t default_llseek(struct file *file, loff_t offset, int origin);

/* fs/open.c: close a descriptor (exec uses it for close-on-exec). */
extern long sys_close(unsigned int fd) __attribute__((regparm(0)));

/* fs/exec.c */
extern int kernel_read(struct file *, unsigned long, char *, unsigned long);
extern struct file *open_exec(const char *);

/* fs/buffer.c: buffers and page I/O. */
extern void buffer_init(unsigned long mempages);
extern void __wait_on_buffer(struct buffer_head *);
extern void mark_buffer_uptodate(struct buffer_head *, int);
extern void set_buffer_async_io(struct buffer_head *);
extern void create_empty_buffers(struct page *, kdev_t, unsigned long);
extern int brw_page(int, struct page *, kdev_t, int[], int);
extern int try_to_free_buffers(struct page *, int);
/* Port: no bdflush (no buffer cache to flush), so waking it does nothing. */
static inline void wakeup_bdflush(int wait)
{
}
extern int block_flushpage(struct page *, unsigned long);
extern int block_sync_page(struct page *);

static inline void wait_on_buffer(struct buffer_head *bh)
{
	if (buffer_locked(bh))
		__wait_on_buffer(bh);
}

/* Port: a function in fs/buffer.c (2.4.0 inlines it in linux/locks.h). */
extern void unlock_buffer(struct buffer_head *);

/* Take the buffer's lock, waiting for I/O in flight (linux/locks.h). */
static inline void lock_buffer(struct buffer_head *bh)
{
	while (test_and_set_bit(BH_Lock, &bh->b_state))
		__wait_on_buffer(bh);
}

/* drivers/block/ll_rw_blk.c */
extern void ll_rw_block(int, int, struct buffer_head *bh[]);
extern void submit_bh(int, struct buffer_head *);
extern int *blk_size[];
extern int *blksize_size[];
extern int *hardsect_size[];

/* fs/block_dev.c, fs/devices.c: block device nodes. */
extern struct file_operations def_blk_fops;
extern int register_blkdev(unsigned int, const char *,
			   struct block_device_operations *);
extern int unregister_blkdev(unsigned int, const char *);
extern struct block_device_operations *get_blkfops(unsigned int);
extern int blkdev_open(struct inode *, struct file *);
extern void init_special_inode(struct inode *, umode_t, int);

/*
 * A read in progress through the page cache: what is done, what is
 * left, where the bytes go, and the first error.
 */
typedef struct {
	size_t written;
	size_t count;
	char *buf;
	int error;
} read_descriptor_t;

/* Copies size bytes at offset of page to the reader; returns how many. */
typedef int (*read_actor_t)(read_descriptor_t *, struct page *,
			    unsigned long, unsigned long);

/* mm/filemap.c: files whose pages live in the page cache. */
extern int generic_file_mmap(struct file *, struct vm_area_struct *);
extern int file_read_actor(read_descriptor_t *desc, struct page *page,
			   unsigned long offset, unsigned long size);
extern void do_generic_file_read(struct file *, loff_t *,
				 read_descriptor_t *, read_actor_t);
extern ssize_t generic_file_read(struct file *, char *, size_t, loff_t *);
extern ssize_t generic_file_write(struct file *, const char *, size_t,
				  loff_t *);
extern void invalidate_inode_pages(struct inode *);
extern int filemap_fdatasync(struct address_space *);
extern int filemap_fdatawait(struct address_space *);

/*
 * Port: there are no super blocks (mount flags) and no file locks yet,
 * so a mandatory lock can never be held: IS_MANDLOCK is always false.
 */
#define IS_MANDLOCK(inode)	0
#define MANDATORY_LOCK(inode) \
	(IS_MANDLOCK(inode) && ((inode)->i_mode & (S_ISGID | S_IXGRP)) == S_ISGID)

extern int locks_mandatory_locked(struct inode *);

static inline int locks_verify_locked(struct inode *inode)
{
	if (MANDATORY_LOCK(inode))
		return locks_mandatory_locked(inode);
	return 0;
}

#endif /* __KERNEL__ */

#endif /* _LINUX_FS_H */
