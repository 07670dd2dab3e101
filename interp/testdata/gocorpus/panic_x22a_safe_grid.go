package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Board struct {
	cells [][]int
}

func NewBoard(n int) *Board {
	b := &Board{cells: make([][]int, n)}
	for i := range b.cells {
		b.cells[i] = make([]int, n)
	}
	return b
}

func try(name string, f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var re runtime.Error
		if e, ok := r.(error); ok && errors.As(e, &re) {
			err = fmt.Errorf("%s: runtime error caught", name)
			msg := re.Error()
			if i := strings.Index(msg, "["); i > 0 {
				msg = msg[:i]
			}
			fmt.Println("   detail:", msg)
			return
		}
		err = fmt.Errorf("%s: %v", name, r)
	}()
	f()
	return nil
}

func main() {
	b := NewBoard(3)
	var nilMap map[string]int
	var nilBoard *Board
	var any1 any = "str"
	tests := []struct {
		name string
		f    func()
	}{
		{"ok", func() { b.cells[1][1] = 5 }},
		{"index", func() { b.cells[3][0] = 1 }},
		{"nilmap", func() { nilMap["x"] = 1 }},
		{"nilptr", func() { _ = nilBoard.cells }},
		{"assert", func() { _ = any1.(int) }},
		{"divide", func() {
			z := 0
			fmt.Println(10 / z)
		}},
		{"custom", func() { panic(fmt.Sprintf("bad move %d", 42)) }},
		{"nested", func() {
			defer func() {
				if r := recover(); r != nil {
					panic(fmt.Sprint("re-panic: ", r))
				}
			}()
			panic("inner")
		}},
		{"slice", func() {
			s, lo := b.cells[0], 2
			_ = s[lo:1]
		}},
	}
	for _, t := range tests {
		if err := try(t.name, t.f); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("fine:", t.name)
		}
	}
	fmt.Println(b.cells)
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("recovered at top:", recover())
	}()
	var arr []int
	_ = arr[5]
}
