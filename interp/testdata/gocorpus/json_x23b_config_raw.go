package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	switch x := v.(type) {
	case float64:
		d.Duration = time.Duration(x) * time.Second
	case string:
		p, err := time.ParseDuration(x)
		if err != nil {
			return err
		}
		d.Duration = p
	default:
		return fmt.Errorf("bad duration %T", v)
	}
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

type Plugin struct {
	Kind   string          `json:"kind"`
	Params json.RawMessage `json:"params"`
}

type HTTPParams struct {
	URL     string   `json:"url"`
	Timeout Duration `json:"timeout"`
}

type FileParams struct {
	Path string `json:"path"`
	Mode uint32 `json:"mode,string"`
}

type Config struct {
	Name    string            `json:"name"`
	Retry   *int              `json:"retry,omitempty"`
	Plugins []Plugin          `json:"plugins"`
	Labels  map[string]string `json:"labels"`
}

const input = `{
  "name": "svc",
  "plugins": [
    {"kind": "http", "params": {"url": "http://x", "timeout": "1m30s"}},
    {"kind": "file", "params": {"path": "/tmp/a", "mode": "420"}},
    {"kind": "http", "params": {"url": "http://y", "timeout": 5}},
    {"kind": "ftp", "params": {}}
  ],
  "labels": {"z": "1", "a": "2"}
}`

func main() {
	var cfg Config
	dec := json.NewDecoder(strings.NewReader(input))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Println(cfg.Name, cfg.Retry == nil, cfg.Labels)
	var errs []error
	for i, p := range cfg.Plugins {
		switch p.Kind {
		case "http":
			var hp HTTPParams
			if err := json.Unmarshal(p.Params, &hp); err != nil {
				errs = append(errs, err)
				continue
			}
			out, _ := json.Marshal(hp)
			fmt.Println(i, "http", hp.URL, hp.Timeout, string(out))
		case "file":
			var fp FileParams
			if err := json.Unmarshal(p.Params, &fp); err != nil {
				errs = append(errs, err)
				continue
			}
			fmt.Printf("%d file %s %o\n", i, fp.Path, fp.Mode)
		default:
			errs = append(errs, fmt.Errorf("plugin %d: unknown kind %q", i, p.Kind))
		}
	}
	fmt.Println(errors.Join(errs...))
	r := 3
	cfg.Retry = &r
	b, _ := json.Marshal(cfg)
	fmt.Println(string(b))
	var unk Config
	err := json.NewDecoder(strings.NewReader(`{"nam": 1}`)).Decode(&unk)
	fmt.Println(err)
}
