package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Tags    []string
	private int
}

func load(cfg any, env map[string]string) error {
	v := reflect.ValueOf(cfg)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("load: need pointer to struct, got %T", cfg)
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		key, ok := f.Tag.Lookup("env")
		if !ok {
			continue
		}
		raw, found := env[key]
		if !found {
			raw = f.Tag.Get("default")
		}
		if raw == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("field %s: %w", f.Name, err)
			}
			fv.SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		}
	}
	return nil
}

func describe(x any) string {
	v := reflect.ValueOf(x)
	t := v.Type()
	var parts []string
	for i := range t.NumField() {
		if !t.Field(i).IsExported() {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s(%s)=%v", t.Field(i).Name, t.Field(i).Type, v.Field(i).Interface()))
	}
	return t.Name() + "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	var c Config
	fmt.Println(load(&c, map[string]string{"PORT": "9000", "DEBUG": "true"}))
	fmt.Println(describe(c))
	var c2 Config
	err := load(&c2, map[string]string{"PORT": "http"})
	fmt.Println(err)
	fmt.Println(load(c2, nil))
	fmt.Println(reflect.TypeOf(c).NumField(), reflect.TypeOf(&c).Elem().Field(0).Tag)
	for _, x := range []any{1, "s", 2.5, []int{1}, map[string]int{}, &c, nil, Config.String} {
		if x == nil {
			fmt.Print("nil ")
			continue
		}
		fmt.Print(reflect.TypeOf(x).Kind(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.DeepEqual(c, c), reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": nil}, map[string][]int{"a": {}}))
}

func (c Config) String() string { return c.Host + ":" + strconv.Itoa(c.Port) }
