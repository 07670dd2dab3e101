package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Server struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Name    string
	Workers uint8 `env:"WORKERS" default:"4"`
	skip    int   `env:"SKIP"`
}

func Load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return errors.New("load: need pointer to struct, got " + v.Kind().String())
	}
	v = v.Elem()
	t := v.Type()
	var errs []error
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key, ok := f.Tag.Lookup("env")
		if !ok || !f.IsExported() {
			continue
		}
		raw, found := env[key]
		if !found {
			raw, found = f.Tag.Lookup("default")
		}
		if !found {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int, reflect.Int64:
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", key, err))
				continue
			}
			fv.SetInt(n)
		case reflect.Uint8:
			n, err := strconv.ParseUint(raw, 10, 8)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", key, err))
				continue
			}
			fv.SetUint(n)
		case reflect.Bool:
			b, err := strconv.ParseBool(raw)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", key, err))
				continue
			}
			fv.SetBool(b)
		case reflect.Float64:
			x, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", key, err))
				continue
			}
			fv.SetFloat(x)
		}
	}
	return errors.Join(errs...)
}

func describe(x any) string {
	t := reflect.TypeOf(x)
	var parts []string
	for i := range t.NumField() {
		f := t.Field(i)
		parts = append(parts, fmt.Sprintf("%s:%s", f.Name, f.Type.Kind()))
	}
	return t.Name() + "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var s Server
	err := Load(&s, map[string]string{"PORT": "9000", "DEBUG": "true", "SKIP": "1"})
	fmt.Printf("%+v err=%v\n", s, err)
	var s2 Server
	err = Load(&s2, map[string]string{"PORT": "http", "WORKERS": "300", "RATIO": "1e-3"})
	fmt.Printf("%+v\n", s2)
	fmt.Println(err)
	fmt.Println(Load(s2, nil))
	fmt.Println(describe(s))
	fmt.Println(reflect.DeepEqual(s, s2), reflect.TypeOf(&s).Elem().Field(1).Tag.Get("default"))
}
