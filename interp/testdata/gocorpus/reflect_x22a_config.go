package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type GameConfig struct {
	Title      string  `cfg:"title"`
	Width      int     `cfg:"width"`
	Height     int     `cfg:"height"`
	Difficulty float64 `cfg:"difficulty"`
	Fullscreen bool    `cfg:"fullscreen"`
	Seed       uint64  `cfg:"seed"`
	internal   int
	Players    []string `cfg:"players"`
}

func Load(dst any, text string) []error {
	var errs []error
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	index := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		if tag, ok := t.Field(i).Tag.Lookup("cfg"); ok {
			index[tag] = i
		}
	}
	for n, line := range strings.Split(strings.TrimSpace(text), "\n") {
		key, val, ok := strings.Cut(line, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || strings.HasPrefix(key, "#") {
			continue
		}
		i, found := index[key]
		if !found {
			errs = append(errs, fmt.Errorf("line %d: unknown key %q", n+1, key))
			continue
		}
		f := v.Field(i)
		var err error
		switch f.Kind() {
		case reflect.String:
			f.SetString(val)
		case reflect.Int:
			var x int64
			x, err = strconv.ParseInt(val, 10, 64)
			f.SetInt(x)
		case reflect.Uint64:
			var x uint64
			x, err = strconv.ParseUint(val, 0, 64)
			f.SetUint(x)
		case reflect.Float64:
			var x float64
			x, err = strconv.ParseFloat(val, 64)
			f.SetFloat(x)
		case reflect.Bool:
			var x bool
			x, err = strconv.ParseBool(val)
			f.SetBool(x)
		case reflect.Slice:
			parts := strings.Split(val, ",")
			s := reflect.MakeSlice(f.Type(), 0, len(parts))
			for _, p := range parts {
				s = reflect.Append(s, reflect.ValueOf(strings.TrimSpace(p)))
			}
			f.Set(s)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %s: %w", n+1, key, err))
		}
	}
	return errs
}

func main() {
	cfg := GameConfig{Width: 640, Height: 480}
	errs := Load(&cfg, `
title = Space Rocks
width = 1024
# comment = ignored
height = tall
difficulty = 0.75
fullscreen = true
seed = 0x2A
players = ann, bo ,cy
volume = 11
`)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	fmt.Printf("%+v\n", cfg)
	t := reflect.TypeOf(cfg)
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%-10s %-8v exported=%-5t tag=%q\n", f.Name, f.Type, f.IsExported(), f.Tag.Get("cfg"))
	}
}
