// Exercises: iterating struct fields with tags via reflect, setting exported fields through Elem, Tag.Get and Lookup
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"80"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `default:"0.5"`
	private string
}

func describe(x any) {
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		env, ok := f.Tag.Lookup("env")
		fmt.Printf("  %s %s env=%q(%v) default=%q exported=%v value=%v\n",
			f.Name, f.Type, env, ok, f.Tag.Get("default"), f.IsExported(), v.Field(i))
	}
}

func setAll(ptr any, vals map[string]string) {
	v := reflect.ValueOf(ptr).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		name := strings.ToLower(v.Type().Field(i).Name)
		s, ok := vals[name]
		if !ok || !f.CanSet() {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(s)
		case reflect.Int:
			f.SetInt(int64(len(s)))
		case reflect.Bool:
			f.SetBool(s == "yes")
		}
	}
}

func main() {
	c := Config{Host: "h", Port: 1, private: "p"}
	describe(c)
	setAll(&c, map[string]string{"host": "example", "port": "12345", "debug": "yes", "private": "x"})
	fmt.Printf("%+v\n", c)
}
