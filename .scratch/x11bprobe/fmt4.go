package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return "t" }

type P struct{ X int }

type Level int

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func describe(vals ...any) string {
	var parts []string
	for _, v := range vals {
		parts = append(parts, fmt.Sprintf("%T=%#v", v, v))
	}
	return strings.Join(parts, ", ")
}

func main() {
	logf("%T %v %#v", Temp(1), P{2}, P{3})
	logf("%T %d %v", Level(2), Level(2), []Level{1})
	fmt.Println(describe(Temp(1), P{2}, Level(3), "s", []P{{4}}))
	args := []any{Level(4), P{5}}
	fmt.Printf("%T %T\n", args...)
	fmt.Println(fmt.Sprint(args...), fmt.Sprintf("%v", args))
}
