package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Duration int

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%ds", int(d)))
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var n int
	if _, err := fmt.Sscanf(s, "%ds", &n); err != nil {
		return fmt.Errorf("bad duration %q: %w", s, err)
	}
	*d = Duration(n)
	return nil
}

type Server struct {
	Host    string            `json:"host"`
	Port    int               `json:"port,omitempty"`
	TLS     bool              `json:"tls"`
	Timeout Duration          `json:"timeout"`
	Tags    []string          `json:"tags,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	secret  string
	Ignored string `json:"-"`
}

type Config struct {
	Name    string   `json:"name"`
	Servers []Server `json:"servers"`
	Limits  *struct {
		MaxConn int `json:"max_conn"`
	} `json:"limits,omitempty"`
}

const input = `{
  "name": "prod",
  "servers": [
    {"host": "a.example.com", "port": 443, "tls": true, "timeout": "30s", "tags": ["edge"]},
    {"host": "b.example.com", "timeout": "5s", "labels": {"zone": "eu", "az": "1"}}
  ],
  "limits": {"max_conn": 100},
  "unknown": 1
}`

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(input), &cfg); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s: %d servers, max_conn=%d\n", cfg.Name, len(cfg.Servers), cfg.Limits.MaxConn)
	for _, s := range cfg.Servers {
		fmt.Printf("%+v\n", s)
	}

	cfg.Servers[1].secret = "hidden"
	cfg.Servers[1].Ignored = "gone"
	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(out))

	var generic map[string]any
	json.Unmarshal([]byte(input), &generic)
	servers := generic["servers"].([]any)
	first := servers[0].(map[string]any)
	fmt.Printf("%T %v %T\n", first["port"], first["port"], first["tags"])

	dec := json.NewDecoder(strings.NewReader(`{"host":"x","timeout":"abc"}`))
	var s Server
	fmt.Println("decode:", dec.Decode(&s))

	dec = json.NewDecoder(strings.NewReader(`{"host":"y","colour":"red"}`))
	dec.DisallowUnknownFields()
	fmt.Println("strict:", dec.Decode(&s))

	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"name": }`), &cfg)
	if e, ok := err.(*json.SyntaxError); ok {
		syn = e
		fmt.Println("syntax error at offset", syn.Offset, ":", syn)
	}
	b, _ := json.Marshal(map[string]any{"z": 1, "a": []int{}, "m": nil, "h": "<b>"})
	fmt.Println(string(b))
}
