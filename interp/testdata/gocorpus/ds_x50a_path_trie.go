package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie[V any] struct {
	children map[string]*Trie[V]
	val      V
	has      bool
}

func New[V any]() *Trie[V] { return &Trie[V]{children: map[string]*Trie[V]{}} }

func segs(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
}

func (t *Trie[V]) Put(p string, v V) (old V, replaced bool) {
	n := t
	for _, s := range segs(p) {
		c, ok := n.children[s]
		if !ok {
			c = New[V]()
			n.children[s] = c
		}
		n = c
	}
	old, replaced = n.val, n.has
	n.val, n.has = v, true
	return
}

// Longest returns the value of the longest registered prefix of p (like mount points).
func (t *Trie[V]) Longest(p string) (string, V, bool) {
	n := t
	best, bestV, found := "/", t.val, t.has
	var walked []string
	for _, s := range segs(p) {
		c, ok := n.children[s]
		if !ok {
			break
		}
		walked = append(walked, s)
		n = c
		if n.has {
			best, bestV, found = "/"+strings.Join(walked, "/"), n.val, true
		}
	}
	return best, bestV, found
}

func (t *Trie[V]) Walk(prefix string, fn func(path string, v V)) {
	if t.has {
		fn(prefix, t.val)
	}
	keys := make([]string, 0, len(t.children))
	for k := range t.children {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.children[k].Walk(strings.TrimSuffix(prefix, "/")+"/"+k, fn)
	}
}

type Mount struct {
	Dev    string
	FSType string
	RO     bool
}

func main() {
	mounts := New[Mount]()
	mounts.Put("/", Mount{"/dev/sda1", "ext4", false})
	mounts.Put("/boot", Mount{"/dev/sda2", "vfat", false})
	mounts.Put("/home", Mount{"/dev/sdb1", "xfs", false})
	mounts.Put("/proc", Mount{"proc", "proc", false})
	mounts.Put("/media/cdrom", Mount{"/dev/sr0", "iso9660", true})
	if old, ok := mounts.Put("/home", Mount{"/dev/sdc1", "btrfs", false}); ok {
		fmt.Printf("remounted /home (was %+v)\n", old)
	}
	for _, p := range []string{"/home/alice/.vimrc", "/boot/vmlinuz", "/media/cdrom/README", "/media/usb", "/proc/1/status", "/etc//fstab", "/"} {
		mp, m, _ := mounts.Longest(p)
		fmt.Printf("%-22s on %-13s %-10s %-8s ro=%t\n", p, mp, m.Dev, m.FSType, m.RO)
	}
	mounts.Walk("/", func(p string, m Mount) { fmt.Printf("%s\t%v\n", p, m) })

	counts := New[int]()
	for _, p := range []string{"/a/b", "/a/b", "/a/c/d", "/x"} {
		_, n, _ := counts.Longest(p)
		counts.Put(p, n+1)
	}
	counts.Walk("/", func(p string, n int) { fmt.Print(p, "=", n, " ") })
	fmt.Println()
	empty := New[*Mount]()
	_, v, ok := empty.Longest("/anything")
	fmt.Println(v == nil, ok)
}
