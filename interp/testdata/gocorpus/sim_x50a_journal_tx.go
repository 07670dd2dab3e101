package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inode struct {
	Size   int
	Blocks []int
}

type FS struct {
	inodes   map[int]Inode
	freeBlks []int
	journal  []string
}

func (fs *FS) snapshot() (map[int]Inode, []int) {
	ino := make(map[int]Inode, len(fs.inodes))
	for k, v := range fs.inodes {
		v.Blocks = slices.Clone(v.Blocks)
		ino[k] = v
	}
	return ino, slices.Clone(fs.freeBlks)
}

var ErrNoSpace = errors.New("no space left on device")

// Tx runs fn atomically: on error or panic, state is rolled back.
func (fs *FS) Tx(name string, fn func() error) (err error) {
	savedIno, savedFree := fs.snapshot()
	fs.journal = append(fs.journal, "begin "+name)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("tx %s panicked: %v", name, r)
		}
		if err != nil {
			fs.inodes, fs.freeBlks = savedIno, savedFree
			fs.journal = append(fs.journal, "abort "+name)
			return
		}
		fs.journal = append(fs.journal, "commit "+name)
	}()
	return fn()
}

func (fs *FS) allocBlock() int {
	if len(fs.freeBlks) == 0 {
		panic(ErrNoSpace)
	}
	b := fs.freeBlks[0]
	fs.freeBlks = fs.freeBlks[1:]
	return b
}

func (fs *FS) Append(ino, n int) error {
	in, ok := fs.inodes[ino]
	if !ok {
		return fmt.Errorf("inode %d does not exist", ino)
	}
	for i := 0; i < n; i++ {
		in.Blocks = append(in.Blocks, fs.allocBlock())
		in.Size += 512
	}
	fs.inodes[ino] = in
	return nil
}

func (fs *FS) String() string {
	var sb strings.Builder
	for _, k := range slices.Sorted(maps.Keys(fs.inodes)) {
		fmt.Fprintf(&sb, "ino%d%+v ", k, fs.inodes[k])
	}
	fmt.Fprintf(&sb, "free=%v", fs.freeBlks)
	return sb.String()
}

func main() {
	fs := &FS{inodes: map[int]Inode{1: {}, 2: {Size: 512, Blocks: []int{0}}}, freeBlks: []int{1, 2, 3, 4, 5}}
	fmt.Println(fs)
	err := fs.Tx("grow1", func() error { return fs.Append(1, 2) })
	fmt.Println(err, fs)
	err = fs.Tx("grow-both", func() error {
		if err := fs.Append(2, 1); err != nil {
			return err
		}
		return fs.Append(1, 5)
	})
	fmt.Println(err, fs)
	err = fs.Tx("bad-inode", func() error {
		fs.Append(2, 1)
		return fs.Append(9, 1)
	})
	fmt.Println(err, fs)
	err = fs.Tx("mkfile", func() error {
		fs.inodes[3] = Inode{}
		return fs.Append(3, 3)
	})
	fmt.Println(err, fs)
	err = fs.Tx("nested", func() error {
		inner := fs.Tx("inner", func() error { return fs.Append(1, 1) })
		return errors.Join(inner, errors.New("outer fails"))
	})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), "\n", " / "), fs)
	fmt.Println(strings.Join(fs.journal, ", "))
}
