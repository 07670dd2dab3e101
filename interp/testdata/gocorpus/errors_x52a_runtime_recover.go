package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func (m Matrix) Get(i, j int) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("get(%d,%d): %v", i, j, r)
		}
	}()
	return m[i][j], nil
}

func trace(m Matrix) (t int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("trace failed:", r)
			t = -1
		}
	}()
	ints := make([]int, len(m))
	for i := range m {
		ints[i] = int(m[i][i])
	}
	for _, v := range ints {
		t += v
	}
	return t / (len(ints) - len(m))
}

func apply(steps []string) (log []string) {
	for _, s := range steps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					log = append(log, fmt.Sprintf("%s: recovered %T", s, r))
				}
			}()
			defer func() { log = append(log, "leave "+s) }()
			switch s {
			case "nil":
				var m Matrix
				_ = m[0]
			case "conv":
				var x any = "3.0"
				_ = x.(float64)
			case "custom":
				panic(fmt.Errorf("singular step"))
			default:
				log = append(log, "ok "+s)
			}
		}()
	}
	return
}

func main() {
	m := Matrix{{1, 2}, {3, 4}, {5, 6}}
	for _, ij := range [][2]int{{0, 1}, {2, 1}, {3, 0}, {1, 2}} {
		v, err := m.Get(ij[0], ij[1])
		fmt.Println(v, err)
	}
	fmt.Println("trace:", trace(Matrix{{1, 0}, {0, 2}}))
	fmt.Println("trace:", trace(m))
	fmt.Println(strings.Join(apply([]string{"a", "nil", "conv", "custom", "b"}), "\n"))
}
