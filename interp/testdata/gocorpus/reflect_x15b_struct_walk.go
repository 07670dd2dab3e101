package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Address struct {
	Street string `env:"STREET"`
	Zip    int    `env:"ZIP" default:"10001"`
}

type Settings struct {
	Host    string   `env:"HOST" default:"localhost"`
	Port    int      `env:"PORT" default:"8080"`
	Debug   bool     `env:"DEBUG"`
	Ratio   float64  `env:"RATIO" default:"0.5"`
	Tags    []string `env:"TAGS"`
	Home    Address
	secret  string
	Ignored int `env:"-"`
}

func load(dst any, env map[string]string, prefix string) error {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Type.Kind() == reflect.Struct {
			if err := load(fv.Addr().Interface(), env, prefix+strings.ToUpper(f.Name)+"_"); err != nil {
				return err
			}
			continue
		}
		key, ok := f.Tag.Lookup("env")
		if !ok || key == "-" {
			continue
		}
		raw, ok := env[prefix+key]
		if !ok {
			raw, ok = f.Tag.Lookup("default")
			if !ok {
				continue
			}
		}
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("%s%s: %w", prefix, key, err)
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				return fmt.Errorf("%s%s: %w", prefix, key, err)
			}
			fv.SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		case reflect.Slice:
			parts := strings.Split(raw, ",")
			fv.Set(reflect.ValueOf(parts))
		default:
			return fmt.Errorf("unsupported kind %v", fv.Kind())
		}
	}
	return nil
}

func dump(x any) {
	v := reflect.ValueOf(x)
	t := v.Type()
	fmt.Printf("%s (%d fields)\n", t.Name(), t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		val := "?"
		if f.IsExported() {
			val = fmt.Sprintf("%v", v.Field(i).Interface())
		}
		fmt.Printf("  %-7s %-9s %-8q = %s\n", f.Name, f.Type, f.Tag.Get("env"), val)
	}
}

func main() {
	var s Settings
	err := load(&s, map[string]string{"PORT": "9090", "DEBUG": "true", "TAGS": "a,b,c", "HOME_STREET": "Main St", "Ignored": "5"}, "")
	fmt.Println(err)
	dump(s)
	fmt.Printf("%+v\n", s)
	var s2 Settings
	fmt.Println(load(&s2, map[string]string{"HOME_ZIP": "abc"}, ""))
	fmt.Println(load(&s2, map[string]string{"DEBUG": "maybe"}, ""))
	fmt.Println(reflect.DeepEqual(s, s2), reflect.TypeOf(s.Home).Field(1).Tag)
}
