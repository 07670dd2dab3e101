package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	Debug   bool     `json:"debug,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

type Config struct {
	Name    string            `json:"name"`
	Version float64           `json:"version"`
	Servers []Server          `json:"servers"`
	Env     map[string]string `json:"env"`
	secret  string
}

const raw = `{
  "name": "demo",
  "version": 1.5,
  "servers": [
    {"host": "localhost", "port": 8080, "debug": true},
    {"host": "example.com", "port": 443, "aliases": ["www", "api"]}
  ],
  "env": {"HOME": "/root", "LANG": "C"},
  "extra": 123
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", cfg)
	for i, s := range cfg.Servers {
		fmt.Printf("server %d: %s:%d debug=%t aliases=%v\n", i, s.Host, s.Port, s.Debug, s.Aliases)
	}

	cfg.Servers = append(cfg.Servers, Server{Host: "new", Port: 9000})
	cfg.secret = "hidden"
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))

	// dynamic json like a python dict
	var anything map[string]any
	json.Unmarshal([]byte(raw), &anything)
	for _, k := range []string{"name", "version", "extra", "servers"} {
		fmt.Printf("%s: %v (%T)\n", k, anything[k], anything[k])
	}

	var bad Config
	err = json.NewDecoder(strings.NewReader(`{"name": 5}`)).Decode(&bad)
	fmt.Println("bad:", err)
	b, _ := json.Marshal([]any{1, "two", 3.0, nil, true, map[string]int{"z": 1, "a": 2}})
	fmt.Println(string(b))
}
