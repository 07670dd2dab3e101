package main

import (
	"fmt"
	"io"
	"strings"
)

type Visitor interface{ Visit(n int) string }

type printer struct{ seen []int }

func (p *printer) Visit(n int) string {
	if p == nil {
		return "nil visitor"
	}
	p.seen = append(p.seen, n)
	return fmt.Sprint("visit ", n)
}

func classify(v any) string {
	switch x := v.(type) {
	case io.Reader:
		b, _ := io.ReadAll(x)
		return "reader " + string(b)
	case fmt.Stringer, error:
		return fmt.Sprintf("stringer-or-error %v", x)
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	var p *printer
	var v Visitor = p
	fmt.Println(v.Visit(1), v != nil)
	v = &printer{}
	v.Visit(2)
	v.Visit(3)
	fmt.Println(v.(*printer).seen)
	fmt.Println(classify(strings.NewReader("abc")), classify(fmt.Errorf("e")), classify(nil), classify(3))
}
