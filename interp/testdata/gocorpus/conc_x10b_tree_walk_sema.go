// Exercises: a concurrent directory-like walk over an in-memory tree, a counting semaphore channel, sync.WaitGroup, a closer goroutine, results summed from a channel
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type entry struct {
	name  string
	size  int64
	kids  []*entry
	isDir bool
}

func dir(name string, kids ...*entry) *entry { return &entry{name: name, kids: kids, isDir: true} }
func file(name string, size int64) *entry    { return &entry{name: name, size: size} }

var sema = make(chan struct{}, 3)

func entries(d *entry) []*entry {
	sema <- struct{}{}
	defer func() { <-sema }()
	return d.kids
}

func walkDir(d *entry, path string, n *sync.WaitGroup, sizes chan<- int64, names chan<- string) {
	defer n.Done()
	for _, e := range entries(d) {
		p := path + "/" + e.name
		if e.isDir {
			n.Add(1)
			go walkDir(e, p, n, sizes, names)
		} else {
			sizes <- e.size
			names <- p
		}
	}
}
func main() {
	root := dir("root",
		file("a.txt", 100),
		dir("src", file("main.go", 2048), file("util.go", 512), dir("internal", file("x.go", 7))),
		dir("empty"),
		dir("img", file("logo.png", 40960), dir("raw", file("big.raw", 1<<20))),
	)
	sizes := make(chan int64)
	names := make(chan string, 100)
	var n sync.WaitGroup
	n.Add(1)
	go walkDir(root, "", &n, sizes, names)
	go func() {
		n.Wait()
		close(sizes)
	}()
	var nfiles, nbytes int64
	for size := range sizes {
		nfiles++
		nbytes += size
	}
	close(names)
	var all []string
	for p := range names {
		all = append(all, p)
	}
	sort.Strings(all)
	fmt.Printf("%d files  %.1f KB\n%s\n", nfiles, float64(nbytes)/1e3, strings.Join(all, "\n"))
}
