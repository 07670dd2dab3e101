// Concurrent disk usage of an in-memory file tree with a counting
// semaphore and cancellation, after sections 8.8 and 8.9.
package main

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	name  string
	size  int64
	isDir bool
}

var tree = map[string][]entry{
	"/":                {{"usr", 0, true}, {"home", 0, true}, {"vmlinuz", 8 << 20, false}},
	"/usr":             {{"bin", 0, true}, {"lib", 0, true}},
	"/usr/bin":         {{"go", 14 << 20, false}, {"gofmt", 3 << 20, false}, {"vi", 1 << 20, false}},
	"/usr/lib":         {{"libc.so", 2 << 20, false}, {"go", 0, true}},
	"/usr/lib/go":      {{"pkg", 0, true}},
	"/usr/lib/go/pkg":  {{"a.a", 100 << 10, false}, {"b.a", 300 << 10, false}},
	"/home":            {{"gopher", 0, true}},
	"/home/gopher":     {{"notes.txt", 4096, false}, {"photo.jpg", 5 << 20, false}, {"src", 0, true}},
	"/home/gopher/src": {{"main.go", 1234, false}},
}

var sema = make(chan struct{}, 4)

func dirents(dir string) []entry {
	sema <- struct{}{}
	defer func() { <-sema }()
	return tree[dir]
}

func walkDir(dir string, n *sync.WaitGroup, fileSizes chan<- int64, done <-chan struct{}) {
	defer n.Done()
	select {
	case <-done:
		return
	default:
	}
	for _, e := range dirents(dir) {
		if e.isDir {
			n.Add(1)
			go walkDir(path.Join(dir, e.name), n, fileSizes, done)
		} else {
			fileSizes <- e.size
		}
	}
}

func du(roots ...string) (nfiles int, nbytes int64) {
	fileSizes := make(chan int64)
	done := make(chan struct{})
	var n sync.WaitGroup
	for _, root := range roots {
		n.Add(1)
		go walkDir(root, &n, fileSizes, done)
	}
	go func() {
		n.Wait()
		close(fileSizes)
	}()
	for size := range fileSizes {
		nfiles++
		nbytes += size
	}
	return
}

func printDiskUsage(nfiles int, nbytes int64) {
	fmt.Printf("%d files  %.1f MB\n", nfiles, float64(nbytes)/1e6)
}

// perDir reports the total under each top-level directory, sequentially.
func perDir(dir string) int64 {
	var total int64
	for _, e := range tree[dir] {
		if e.isDir {
			total += perDir(path.Join(dir, e.name))
		} else {
			total += e.size
		}
	}
	return total
}

func main() {
	printDiskUsage(du("/"))
	printDiskUsage(du("/usr", "/home"))
	printDiskUsage(du("/nonexistent"))

	var dirs []string
	for d := range tree {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		depth := strings.Count(strings.TrimSuffix(d, "/"), "/")
		fmt.Printf("%-20s %10d\n", strings.Repeat(" ", depth)+path.Base(d), perDir(d))
	}
}
