package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

func (c Color) MarshalText() ([]byte, error) { return []byte(strings.ToLower(c.String())), nil }

type Celsius float64

func show(label string, v any) {
	fmt.Printf("%s: %v %T %+v\n", label, v, v, v)
}

func kind(v any) string {
	switch x := v.(type) {
	case []int:
		return fmt.Sprint("ints ", x)
	case []Color:
		return fmt.Sprint("colors ", x, len(x))
	case map[string]Color:
		return fmt.Sprint("map ", x)
	case [2]Color:
		return fmt.Sprint("arr ", x)
	case []Celsius:
		return fmt.Sprint("temps ", x)
	case []float64:
		return fmt.Sprint("floats ", x)
	}
	return "other"
}

func pick(i int) any {
	if i == 0 {
		return []Color{Blue}
	}
	return []int{7}
}

func main() {
	cs := []Color{Red, Blue}
	show("cs", cs)
	show("ints", []int{1, 2})
	show("map", map[string]Color{"a": Green})
	show("keys", map[Color]int{Blue: 1, Red: 2})
	show("arr", [2]Color{Green, Blue})
	show("temps", []Celsius{1.5})
	for _, v := range []any{cs, []int{3}, map[string]Color{"x": Red}, [2]Color{}, []Celsius{2}, []float64{2}} {
		fmt.Println(kind(v))
	}
	var x any = cs
	if got, ok := x.([]Color); ok {
		got[0] = Green
		fmt.Println("asserted", got, cs)
	}
	_, isInts := x.([]int)
	fmt.Println("is ints:", isInts)
	b, err := json.Marshal(x)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(map[string]any{"all": x, "n": 1})
	fmt.Println(string(b))
	fmt.Println(reflect.TypeOf(x), reflect.ValueOf(x).Len())
	fmt.Println(pick(0), pick(1))
	sort.Slice(cs, func(i, j int) bool { return cs[i] > cs[j] })
	fmt.Println(cs)
	var a, bb any = [2]Color{Red, Blue}, [2]Color{Red, Blue}
	fmt.Println(a == bb)
	ch := make(chan any, 1)
	ch <- []Color{Blue, Green}
	fmt.Println(<-ch)
	fmt.Printf("%v|%d|%s\n", x, x, x)
	fmt.Println(fmt.Sprintf("%#v", x))
}
