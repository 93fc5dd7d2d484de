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
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/dcache.h>

/*
 * Drop one reference.  The last one frees the entry if its file system
 * wants unused entries gone, then drops the reference it held on its
 * parent.
 */
void dput(struct dentry *dentry)
{
	struct dentry *parent;

	while (dentry) {
		if (!atomic_dec_and_test(&dentry->d_count))
			return;
		if (!dentry->d_op || !dentry->d_op->d_delete ||
		    !dentry->d_op->d_delete(dentry))
			return;		/* kept by its file system */
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
		*--start = '/';		/* the root itself */
	return start;
}
