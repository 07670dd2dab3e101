package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func safe(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s ok\n", name)
			return
		}
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Printf("%-14s runtime error: %s\n", name, strings.TrimPrefix(re.Error(), "runtime error: "))
			return
		}
		fmt.Printf("%-14s panic: %v (%T)\n", name, r, r)
	}()
	f()
}

type Layer struct {
	W [][]float64
}

func (l *Layer) Forward(x []float64) []float64 {
	out := make([]float64, len(l.W))
	for i, row := range l.W {
		for j, w := range row {
			out[i] += w * x[j]
		}
	}
	return out
}

func main() {
	l := &Layer{W: [][]float64{{1, 2, 3}, {4, 5, 6}}}
	safe("forward ok", func() { fmt.Println(l.Forward([]float64{1, 1, 1})) })
	safe("short input", func() { l.Forward([]float64{1, 1}) })
	safe("nil layer", func() {
		var nl *Layer
		nl.Forward(nil)
	})
	safe("nil map", func() {
		var grads map[string]float64
		grads["w"] += 1
	})
	safe("int div", func() {
		batch := 0
		fmt.Println(64 / batch)
	})
	safe("type assert", func() {
		var v any = "0.5"
		_ = v.(float64)
	})
	safe("custom", func() { panic(fmt.Sprintf("bad lr %v", -1)) })
	safe("error value", func() { panic(errors.New("gradient exploded")) })
	safe("slice bounds", func() {
		s := make([]int, 3, 5)
		fmt.Println(s[1:6])
	})
	safe("closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2, recovered:", recover())
	}()
	panic("end of main")
}
