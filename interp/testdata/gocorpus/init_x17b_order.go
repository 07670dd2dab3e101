package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var registry = map[string]func(int) int{}

var total = sumAll()

func f(name string) int {
	fmt.Println("init var", name)
	d++
	return d
}

func sumAll() int {
	fmt.Println("sumAll sees", len(registry))
	return a + b + c
}

func register(name string, fn func(int) int) bool {
	registry[name] = fn
	return true
}

var _ = register("double", func(x int) int { return 2 * x })

func init() {
	fmt.Println("init 1", a, b, c, d)
	register("square", func(x int) int { return x * x })
}

func init() {
	fmt.Println("init 2", len(registry), total)
}

type Level int

const (
	Debug Level = iota + 1
	Info
	_
	Error
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	fmt.Println("main", a, b, c, d, total)
	for _, k := range []string{"double", "square"} {
		fmt.Println(k, registry[k](7))
	}
	fmt.Println(Debug, Info, Error)
	fmt.Println(KB, MB, GB)
}
