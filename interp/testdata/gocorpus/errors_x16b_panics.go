package main

import (
	"errors"
	"fmt"
	"strings"
)

type NaNError struct{ Where string }

func (e *NaNError) Error() string { return "NaN in " + e.Where }

func checkFinite(name string, xs []float64) {
	for _, x := range xs {
		if x != x {
			panic(&NaNError{name})
		}
	}
}

func safeStep(name string, f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("%s: %w", name, r)
		case string:
			err = errors.New(name + ": " + r)
		default:
			err = fmt.Errorf("%s: unexpected panic %v (%T)", name, r, r)
		}
	}()
	f()
	return nil
}

func main() {
	zero := 0.0
	steps := []struct {
		name string
		f    func()
	}{
		{"ok", func() { checkFinite("w", []float64{1, 2}) }},
		{"nan", func() { checkFinite("grad", []float64{1, zero / zero}) }},
		{"index", func() {
			xs := []int{1, 2}
			i := 5
			_ = xs[i]
		}},
		{"string", func() { panic("exploding gradient") }},
		{"int", func() { panic(42) }},
		{"divide", func() {
			a, b := 1, 0
			_ = a / b
		}},
		{"nilmap", func() {
			var m map[string]int
			m["x"] = 1
		}},
	}
	for _, s := range steps {
		err := safeStep(s.name, s.f)
		var ne *NaNError
		fmt.Printf("%-7s err=%v nan=%v\n", s.name, err, errors.As(err, &ne))
	}
	func() {
		defer fmt.Println("deferred 1")
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		defer fmt.Println("deferred 2")
		var sb *strings.Builder
		sb.WriteString("boom")
	}()
	fmt.Println("still running")
}
