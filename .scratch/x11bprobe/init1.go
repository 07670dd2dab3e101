package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = initOrder("c")
)

var registry = map[string]int{}

var order []string

func initOrder(s string) string { order = append(order, s); return s }

func f() int { order = append(order, "f"); return 10 }

func init() {
	registry["first"] = len(registry)
	order = append(order, "init1")
}

func init() {
	registry["second"] = len(registry)
	order = append(order, "init2")
}

func main() {
	fmt.Println(a, b, c, registry, order)
}
