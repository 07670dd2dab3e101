package main

import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ v int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		isRE := false
		if e, ok := r.(error); ok {
			isRE = errors.As(e, &re)
		}
		fmt.Printf("%-12s runtime=%v: %v\n", name, isRE, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	idx := 5
	try("index", func() { _ = s[idx] })
	try("slice", func() { _ = s[1:idx] })
	try("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nilptr", func() {
		var p *T
		fmt.Println(p.v)
	})
	zero := 0
	try("divzero", func() { fmt.Println(10 / zero) })
	try("modzero", func() { fmt.Println(10 % zero) })
	try("assert", func() {
		var a any = 3.5
		_ = a.(string)
	})
	try("assert2", func() {
		var a any = T{1}
		_ = a.(fmt.Stringer)
	})
	try("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
	try("error", func() { panic(errors.New("an error value")) })
	try("closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("sendclosed", func() {
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	})
	try("negmake", func() {
		n := -1
		_ = make([]int, n)
	})
	try("conv", func() {
		sl := []int{1, 2}
		_ = [3]int(sl)
	})
	try("nilfunc", func() {
		var f func(int) int
		f(1)
	})
	try("noop", func() {})
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	delete(m, "x")
	for range m {
	}
	fmt.Println("nil map reads ok")
}
