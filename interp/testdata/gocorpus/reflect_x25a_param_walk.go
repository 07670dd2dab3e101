package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Linear struct {
	W    []float64 `param:"weight"`
	B    []float64 `param:"bias"`
	Name string
}

type Model struct {
	Fc1   Linear
	Fc2   Linear
	Scale float64 `param:"scale"`
	steps int
}

func collect(v reflect.Value, prefix string, out map[string]reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		name := prefix + strings.ToLower(f.Name)
		if f.Type.Kind() == reflect.Struct {
			collect(fv, name+".", out)
			continue
		}
		if tag, ok := f.Tag.Lookup("param"); ok {
			out[name+"("+tag+")"] = fv
		}
	}
}

func main() {
	m := &Model{
		Fc1:   Linear{W: []float64{0.5, -1}, B: []float64{0.1}, Name: "fc1"},
		Fc2:   Linear{W: []float64{2}, B: []float64{0}, Name: "fc2"},
		Scale: 1.5,
	}
	params := map[string]reflect.Value{}
	collect(reflect.ValueOf(m).Elem(), "", params)
	fmt.Println(len(params), "params")
	count := 0
	names := make([]string, 0, len(params))
	for n := range params {
		names = append(names, n)
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	for _, n := range names {
		v := params[n]
		switch v.Kind() {
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				e := v.Index(i)
				e.SetFloat(e.Float() * 0.9)
				count++
			}
		case reflect.Float64:
			v.SetFloat(v.Float() - 0.25)
			count++
		}
		fmt.Printf("%-18s %v\n", n, v.Interface())
	}
	fmt.Println("scalars updated:", count)
	fmt.Printf("%+v\n", *m)
}
