package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Entry struct {
	Name  string
	Size  int64
	Dir   bool
	Inode uint32
}

func main() {
	dir := map[string]Entry{
		"README.md": {"README.md", 1200, false, 12},
		"src":       {"src", 4096, true, 3},
		"main.go":   {"main.go", 830, false, 45},
		"go.mod":    {"go.mod", 40, false, 44},
		"vendor":    {"vendor", 4096, true, 7},
		"Makefile":  {"Makefile", 830, false, 13},
		"a.out":     {"a.out", 1 << 20, false, 99},
	}
	names := slices.Sorted(maps.Keys(dir))
	fmt.Println(names)

	entries := slices.Collect(maps.Values(dir))
	// ls --group-directories-first -S
	slices.SortFunc(entries, func(a, b Entry) int {
		if a.Dir != b.Dir {
			if a.Dir {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.Size, a.Size), strings.Compare(a.Name, b.Name))
	})
	for _, e := range entries {
		kind := "-"
		if e.Dir {
			kind = "d"
		}
		fmt.Printf("%s %8d %5d %s\n", kind, e.Size, e.Inode, e.Name)
	}
	inodes := make([]uint32, 0, len(dir))
	for _, n := range names {
		inodes = append(inodes, dir[n].Inode)
	}
	slices.Sort(inodes)
	for _, want := range []uint32{44, 50} {
		i, found := slices.BinarySearch(inodes, want)
		fmt.Printf("inode %d: pos=%d found=%v\n", want, i, found)
	}
	big := slices.IndexFunc(entries, func(e Entry) bool { return e.Size > 100000 })
	fmt.Println("first big at", big, entries[big].Name)
	files := slices.DeleteFunc(slices.Clone(entries), func(e Entry) bool { return e.Dir })
	fmt.Println(len(files), "files,", len(entries), "entries")
	total := int64(0)
	for _, f := range files {
		total += f.Size
	}
	fmt.Println("total file bytes:", total)
	largest := slices.MaxFunc(files, func(a, b Entry) int { return cmp.Compare(a.Size, b.Size) })
	fmt.Printf("%+v\n", largest)
	chunked := [][]string{}
	for c := range slices.Chunk(names, 3) {
		chunked = append(chunked, c)
	}
	fmt.Printf("%q\n", chunked)
	byExt := map[string][]string{}
	for _, n := range names {
		ext := "(none)"
		if i := strings.LastIndexByte(n, '.'); i > 0 {
			ext = n[i:]
		}
		byExt[ext] = append(byExt[ext], n)
	}
	fmt.Println(byExt)
	clone := maps.Clone(dir)
	delete(clone, "a.out")
	fmt.Println(len(dir), len(clone), slices.Contains(names, "go.mod"), slices.Index(names, "src"))
	rev := slices.Clone(names)
	slices.Reverse(rev)
	fmt.Println(rev[:3], slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
