package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

type DB struct {
	Host    string        `default:"localhost"`
	Port    int           `default:"5432"`
	Timeout time.Duration `default:"5s"`
}

type Config struct {
	Name    string  `default:"app"`
	Debug   bool    `default:"true"`
	Ratio   float64 `default:"0.25"`
	DB      DB
	Tags    []string `default:"a,b"`
	Workers *int     `default:"4"`
	skip    string   `default:"never"`
}

var durType = reflect.TypeOf(time.Duration(0))

func setDefaults(v reflect.Value) error {
	t := v.Type()
	for i := range t.NumField() {
		f, fv := t.Field(i), v.Field(i)
		if !fv.CanSet() {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			if err := setDefaults(fv); err != nil {
				return fmt.Errorf("%s.%w", f.Name, err)
			}
			continue
		}
		def, ok := f.Tag.Lookup("default")
		if !ok || !fv.IsZero() {
			continue
		}
		if fv.Kind() == reflect.Pointer {
			fv.Set(reflect.New(f.Type.Elem()))
			fv = fv.Elem()
		}
		switch {
		case fv.Type() == durType:
			d, err := time.ParseDuration(def)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			fv.SetInt(int64(d))
		case fv.Kind() == reflect.String:
			fv.SetString(def)
		case fv.Kind() == reflect.Int:
			n, err := strconv.Atoi(def)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			fv.SetInt(int64(n))
		case fv.Kind() == reflect.Bool:
			b, _ := strconv.ParseBool(def)
			fv.SetBool(b)
		case fv.Kind() == reflect.Float64:
			x, _ := strconv.ParseFloat(def, 64)
			fv.SetFloat(x)
		case fv.Kind() == reflect.Slice:
			fv.Set(reflect.ValueOf(strings.Split(def, ",")))
		default:
			return fmt.Errorf("%s: unsupported kind %s", f.Name, fv.Kind())
		}
	}
	return nil
}

func main() {
	c := Config{Name: "billing", DB: DB{Port: 6543}}
	if err := setDefaults(reflect.ValueOf(&c).Elem()); err != nil {
		fmt.Println("err", err)
	}
	w := c.Workers
	c.Workers = nil
	fmt.Printf("%+v workers=%d\n", c, *w)
	type Bad struct {
		In struct {
			D time.Duration `default:"5 parsecs"`
		}
	}
	var b Bad
	fmt.Println(setDefaults(reflect.ValueOf(&b).Elem()))
	type Odd struct {
		M map[string]int `default:"x"`
	}
	fmt.Println(setDefaults(reflect.ValueOf(&Odd{}).Elem()))
}
