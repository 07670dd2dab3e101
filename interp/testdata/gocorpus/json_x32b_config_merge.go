package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte(strings.ToLower([]string{"DEBUG", "INFO", "WARN"}[l])), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "debug":
		*l = Debug
	case "info":
		*l = Info
	case "warn":
		*l = Warn
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Common struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
}

type DB struct {
	Host string `json:"host"`
	Port int    `json:"port"`
	Pool *int   `json:"pool,omitempty"`
}

type Config struct {
	Common
	Level    Level             `json:"level"`
	DB       DB                `json:"db"`
	Features map[string]bool   `json:"features"`
	Limits   map[Level]int     `json:"limits,omitempty"`
	Extra    map[string]any    `json:"extra,omitempty"`
	Secret   string            `json:"-"`
	Labels   map[string]string `json:",omitempty"`
}

func main() {
	defaults := `{"name":"svc","level":"info","db":{"host":"localhost","port":5432},"features":{"beta":false,"cache":true}}`
	override := `{"version":"1.2.0","level":"debug","db":{"port":6543,"pool":20},"features":{"beta":true},"extra":{"ratio":0.25,"retries":3,"tags":["x","y"],"nested":{"k":null}}}`

	var cfg Config
	if err := json.Unmarshal([]byte(defaults), &cfg); err != nil {
		panic(err)
	}
	if err := json.Unmarshal([]byte(override), &cfg); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", cfg.Common)
	fmt.Println(cfg.Level, cfg.DB.Host, cfg.DB.Port, *cfg.DB.Pool)
	fmt.Println(cfg.Features)

	keys := make([]string, 0, len(cfg.Extra))
	for k := range cfg.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("extra %s: %v (%T)\n", k, cfg.Extra[k], cfg.Extra[k])
	}

	cfg.Limits = map[Level]int{Warn: 10, Debug: 1000}
	cfg.Secret = "hunter2"
	out, _ := json.MarshalIndent(cfg, "", "\t")
	fmt.Println(string(out))

	err := json.Unmarshal([]byte(`{"level":"loud"}`), &cfg)
	fmt.Println("err:", err)
	err = json.Unmarshal([]byte(`{"db":{"port":"80"}}`), &cfg)
	fmt.Println("err:", err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprintf("%T", err), ute == nil)
	err = json.Unmarshal([]byte(`{"name":`), &cfg)
	fmt.Println("err:", err)

	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "small": 1.5}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	n := m["big"].(json.Number)
	_, ierr := n.Int64()
	fmt.Println(n.String(), ierr != nil, m["small"])

	strict := json.NewDecoder(strings.NewReader(`{"name":"a","unknown":1}`))
	strict.DisallowUnknownFields()
	var c2 Config
	fmt.Println(strict.Decode(&c2))

	type alias struct {
		A int `json:"a,string"`
		B []byte
		C [2]float64
		D any
		E *Common
	}
	bs, _ := json.Marshal(alias{A: 5, B: []byte("hi"), C: [2]float64{1.5, 2}})
	fmt.Println(string(bs))
}
