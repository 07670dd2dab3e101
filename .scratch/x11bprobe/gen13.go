package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Cfg struct {
	Name string
	N    int
}

func Decode[T any](s string) (T, error) {
	var t T
	err := json.Unmarshal([]byte(s), &t)
	return t, err
}

func Parse[T any](s string, f func(string) (T, error)) []T {
	var out []T
	v, err := f(s)
	if err == nil {
		out = append(out, v)
	}
	return out
}

func Scan[T any](s string) T {
	var t T
	fmt.Sscan(s, &t)
	return t
}

func main() {
	c, err := Decode[Cfg](`{"Name":"x","N":3}`)
	fmt.Println(c, err)
	xs, err := Decode[[]int](`[1,2,3]`)
	fmt.Println(xs, err)
	m, err := Decode[map[string]float64](`{"a":1.5}`)
	fmt.Println(m, err)
	fmt.Println(Parse("42", strconv.Atoi), Scan[int]("17"), Scan[float64]("2.5"))
}
