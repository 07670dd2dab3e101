package main

import (
	"fmt"
	"strings"
)

type File struct {
	name   string
	buf    strings.Builder
	closed bool
}

var fs = map[string]*File{}

func createFile(p string) *File {
	fmt.Println("creating")
	f := &File{name: p}
	fs[p] = f
	return f
}

func writeFile(f *File) {
	fmt.Println("writing")
	fmt.Fprintln(&f.buf, "data")
}

func closeFile(f *File) {
	fmt.Println("closing")
	f.closed = true
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func counted() (n int) {
	defer func() { n *= 2 }()
	defer trace("counted")()
	n = 5
	return n + 1
}

func loopDefers() {
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
}

func main() {
	f := createFile("/tmp/defer.txt")
	func() {
		defer closeFile(f)
		writeFile(f)
	}()
	fmt.Printf("%q closed=%v\n", f.buf.String(), f.closed)
	fmt.Println(counted())
	loopDefers()
	fmt.Println()
	fmt.Println(len(fs))
}
