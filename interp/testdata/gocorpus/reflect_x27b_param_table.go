package main

import (
	"fmt"
	"math"
	"reflect"
	"strings"
)

type Params struct {
	LearningRate float64 `param:"lr" range:"0.001,1"`
	Epochs       int     `param:"epochs" range:"1,10000"`
	Momentum     float64 `param:"mom" range:"0,0.99"`
	Verbose      bool    `param:"verbose"`
	Name         string
}

func describe(v any) []string {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	var out []string
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := f.Tag.Get("param")
		if tag == "" {
			tag = strings.ToLower(f.Name)
		}
		line := fmt.Sprintf("%-8s %-8s = %v", tag, f.Type.Kind(), rv.Field(i).Interface())
		if r, ok := f.Tag.Lookup("range"); ok {
			line += " in [" + r + "]"
		}
		out = append(out, line)
	}
	return out
}

func validate(p *Params) []string {
	var bad []string
	rv := reflect.ValueOf(p).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		r, ok := f.Tag.Lookup("range")
		if !ok {
			continue
		}
		var lo, hi float64
		fmt.Sscanf(strings.Replace(r, ",", " ", 1), "%g %g", &lo, &hi)
		var x float64
		switch fv := rv.Field(i); fv.Kind() {
		case reflect.Float64:
			x = fv.Float()
		case reflect.Int:
			x = float64(fv.Int())
		}
		if x < lo || x > hi {
			bad = append(bad, fmt.Sprintf("%s=%g outside [%g,%g]", f.Name, x, lo, hi))
			clamped := math.Max(lo, math.Min(hi, x))
			if rv.Field(i).Kind() == reflect.Int {
				rv.Field(i).SetInt(int64(clamped))
			} else {
				rv.Field(i).SetFloat(clamped)
			}
		}
	}
	return bad
}

func main() {
	p := Params{LearningRate: 2.5, Epochs: 0, Momentum: 0.9, Name: "sgd"}
	for _, l := range describe(p) {
		fmt.Println(l)
	}
	for _, b := range validate(&p) {
		fmt.Println("invalid:", b)
	}
	fmt.Printf("%+v\n", p)
	fmt.Println(reflect.TypeOf(p).Name(), reflect.TypeOf(&p).Kind(), reflect.DeepEqual(p, Params{LearningRate: 1, Epochs: 1, Momentum: 0.9, Name: "sgd"}))
}
