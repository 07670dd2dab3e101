package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Config struct {
	Name    string            `json:"name"`
	Port    int               `json:"port"`
	Debug   bool              `json:"debug,omitempty"`
	Tags    []string          `json:"tags"`
	Limits  map[string]int    `json:"limits,omitempty"`
	Extra   json.RawMessage   `json:"extra,omitempty"`
	Headers map[string]string `json:"-"`
}

type Source interface {
	Open(name string) (io.Reader, error)
}

type memSource map[string]string

var ErrNoConfig = errors.New("no such config")

func (m memSource) Open(name string) (io.Reader, error) {
	s, ok := m[name]
	if !ok {
		return nil, fmt.Errorf("open %q: %w", name, ErrNoConfig)
	}
	return strings.NewReader(s), nil
}

type Loader struct{ src Source }

func (l Loader) Load(name string) (*Config, error) {
	r, err := l.src.Open(name)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	cfg := &Config{Port: 8080}
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	if cfg.Port <= 0 || cfg.Port > 65535 {
		return nil, fmt.Errorf("decode %s: bad port %d", name, cfg.Port)
	}
	return cfg, nil
}

func main() {
	src := memSource{
		"ok":      `{"name":"api","port":9000,"tags":["a","b"],"limits":{"rps":10,"burst":20}}`,
		"default": `{"name":"web","tags":null,"extra":{"x":[1,2]}}`,
		"unknown": `{"name":"x","color":"red"}`,
		"syntax":  `{"name":`,
		"badport": `{"port":70000}`,
		"types":   `{"port":"80"}`,
	}
	l := Loader{src}
	for _, name := range []string{"ok", "default", "unknown", "syntax", "badport", "types", "missing"} {
		cfg, err := l.Load(name)
		if err != nil {
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			kind := "other"
			switch {
			case errors.As(err, &se):
				kind = fmt.Sprintf("syntax@%d", se.Offset)
			case errors.As(err, &te):
				kind = "type:" + te.Field
			case errors.Is(err, ErrNoConfig):
				kind = "missing"
			}
			fmt.Printf("%-8s ERR %s: %v\n", name, kind, err)
			continue
		}
		fmt.Printf("%-8s %+v\n", name, *cfg)
		out, _ := json.Marshal(cfg)
		fmt.Printf("%-8s %s\n", "", out)
	}
	pretty, _ := json.MarshalIndent(Config{Name: "p", Tags: []string{}, Limits: map[string]int{"b": 2, "a": 1}}, "", "  ")
	fmt.Println(string(pretty))
}
