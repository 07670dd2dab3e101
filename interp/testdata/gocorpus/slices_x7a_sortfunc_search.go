// Exercises: parse records then slices.SortFunc with a multi-key cmp.Or comparator, SortStableFunc keeping input order, BinarySearchFunc on a derived key, IndexFunc, BinarySearch
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const data = `main.go 420
util.go 90
README.md 1200
go.mod 40
util_test.go 90
notes.md 90`

func main() {
	type file struct {
		name string
		size int
	}
	var files []file
	for line := range strings.Lines(data) {
		name, sz, _ := strings.Cut(strings.TrimSpace(line), " ")
		n, _ := strconv.Atoi(sz)
		files = append(files, file{name, n})
	}
	ext := func(f file) string { return f.name[strings.LastIndexByte(f.name, '.')+1:] }
	byExt := slices.Clone(files)
	slices.SortFunc(byExt, func(a, b file) int {
		return cmp.Or(strings.Compare(ext(a), ext(b)), b.size-a.size, strings.Compare(a.name, b.name))
	})
	for _, f := range byExt {
		fmt.Printf("%-4s %5d %s\n", ext(f), f.size, f.name)
	}
	bySize := slices.Clone(files)
	slices.SortStableFunc(bySize, func(a, b file) int { return cmp.Compare(a.size, b.size) })
	fmt.Println(bySize)
	i, found := slices.BinarySearchFunc(bySize, 420, func(f file, s int) int { return cmp.Compare(f.size, s) })
	fmt.Println(i, found, bySize[i].name)
	j, found := slices.BinarySearchFunc(bySize, 100, func(f file, s int) int { return cmp.Compare(f.size, s) })
	fmt.Println(j, found)
	k := slices.IndexFunc(files, func(f file) bool { return strings.HasSuffix(f.name, "_test.go") })
	fmt.Println(k, files[k])
	sizes := []int{40, 90, 420, 1200}
	fmt.Println(slices.BinarySearch(sizes, 90))
	fmt.Println(slices.BinarySearch(sizes, 1000))
}
