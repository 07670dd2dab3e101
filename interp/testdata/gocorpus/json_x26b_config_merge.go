package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Duration struct{ Seconds int }

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%ds", d.Seconds))
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	_, err := fmt.Sscanf(s, "%ds", &d.Seconds)
	return err
}

type Server struct {
	Host    string   `json:"host"`
	Port    int      `json:"port,omitempty"`
	Timeout Duration `json:"timeout"`
	Tags    []string `json:"tags,omitempty"`
	secret  string
}

type Config struct {
	Name    string            `json:"name"`
	Servers []Server          `json:"servers"`
	Labels  map[string]string `json:"labels"`
	Debug   *bool             `json:"debug,omitempty"`
}

const base = `{"name":"svc","servers":[{"host":"a","port":80,"timeout":"30s"}],"labels":{"env":"dev","team":"core"}}`
const override = `{"labels":{"env":"prod"},"debug":true,"servers":[{"host":"b","timeout":"5s","tags":["x","y"]}]}`

func main() {
	var cfg Config
	for i, src := range []string{base, override} {
		dec := json.NewDecoder(strings.NewReader(src))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cfg); err != nil {
			fmt.Println("decode", i, err)
			return
		}
	}
	fmt.Printf("%+v\n", cfg.Servers)
	fmt.Println(cfg.Labels, *cfg.Debug)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	cfg.Servers[0].secret = "hidden"
	if err := enc.Encode(cfg); err != nil {
		fmt.Println(err)
	}
	var bad Config
	err := json.Unmarshal([]byte(`{"servers":[{"timeout":30}]}`), &bad)
	fmt.Println("err:", err)
	err = json.NewDecoder(strings.NewReader(`{"nme":"x"}`)).Decode(&struct {
		Name string `json:"name"`
	}{})
	fmt.Println("lenient:", err)
	var generic map[string]any
	_ = json.Unmarshal([]byte(override), &generic)
	fmt.Println(generic["debug"], generic["servers"].([]any)[0].(map[string]any)["tags"])
	b, _ := json.Marshal(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil})
	fmt.Println(string(b))
}
