package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Policy string

const (
	PolicyLRU  Policy = "lru"
	PolicyFIFO Policy = "fifo"
)

func (p *Policy) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch Policy(strings.ToLower(s)) {
	case PolicyLRU, PolicyFIFO:
		*p = Policy(strings.ToLower(s))
		return nil
	}
	return fmt.Errorf("unknown policy %q", s)
}

type CacheConfig struct {
	Name     string            `json:"name"`
	Capacity int               `json:"capacity"`
	Policy   Policy            `json:"policy"`
	TTL      *int              `json:"ttl_seconds,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Extra    map[string]string `json:"extra,omitempty"`
	internal int
}

func (c CacheConfig) Validate() error {
	var errs []error
	if c.Name == "" {
		errs = append(errs, errors.New("name is required"))
	}
	if c.Capacity <= 0 {
		errs = append(errs, fmt.Errorf("capacity must be positive, got %d", c.Capacity))
	}
	return errors.Join(errs...)
}

// FIFOCache is a tiny cache driven by the config.
type FIFOCache struct {
	cfg   CacheConfig
	keys  []string
	store map[string]string
}

func (f *FIFOCache) Put(k, v string) {
	if _, ok := f.store[k]; !ok {
		if len(f.keys) == f.cfg.Capacity {
			old := f.keys[0]
			f.keys = f.keys[1:]
			delete(f.store, old)
		}
		f.keys = append(f.keys, k)
	}
	f.store[k] = v
}

func main() {
	input := `[
	  {"name": "sessions", "capacity": 2, "policy": "FIFO", "ttl_seconds": 30, "tags": ["web"]},
	  {"name": "", "capacity": 0, "policy": "lru"},
	  {"name": "x", "capacity": 1, "policy": "random"},
	  {"name": "meta", "capacity": 8, "policy": "lru", "extra": {"b": "2", "a": "1"}, "unknown": true}
	]`
	var raw []json.RawMessage
	if err := json.Unmarshal([]byte(input), &raw); err != nil {
		panic(err)
	}
	var good []CacheConfig
	for i, r := range raw {
		var c CacheConfig
		if err := json.Unmarshal(r, &c); err != nil {
			fmt.Printf("config %d: decode error: %v\n", i, err)
			continue
		}
		if err := c.Validate(); err != nil {
			fmt.Printf("config %d invalid:\n  %s\n", i, strings.ReplaceAll(err.Error(), "\n", "\n  "))
			continue
		}
		good = append(good, c)
	}
	for _, c := range good {
		shown := c
		shown.TTL = nil
		fmt.Printf("%+v ttl=%v\n", shown, c.TTL != nil && *c.TTL > 0)
	}
	out, _ := json.Marshal(good)
	fmt.Println(string(out))

	fc := &FIFOCache{cfg: good[0], store: map[string]string{}}
	for _, kv := range [][2]string{{"u1", "alice"}, {"u2", "bob"}, {"u1", "alice2"}, {"u3", "carol"}} {
		fc.Put(kv[0], kv[1])
	}
	fmt.Println(fc.keys, fc.store)
	b, _ := json.MarshalIndent(fc.store, "", "\t")
	fmt.Println(string(b))
	fmt.Printf("%#v\n", good[1].Policy)
}
