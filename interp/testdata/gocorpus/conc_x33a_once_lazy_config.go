package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	Values map[string]string
	loads  int
}

var (
	cfgOnce sync.Once
	cfg     *Config
	loads   int
)

func loadConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		raw := "db=postgres\nport=5432\nmode=debug\n# comment\nworkers=4"
		c := &Config{Values: map[string]string{}}
		for _, line := range strings.Split(raw, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			k, v, ok := strings.Cut(line, "=")
			if ok {
				c.Values[k] = v
			}
		}
		cfg = c
	})
	return cfg
}

var getRegion = sync.OnceValue(func() string {
	loads++
	return "eu-west"
})

var parsePort = sync.OnceValues(func() (int, error) {
	var p int
	_, err := fmt.Sscanf(loadConfig().Values["port"], "%d", &p)
	return p, err
})

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 10)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = loadConfig()
			_ = getRegion()
		}()
	}
	wg.Wait()
	same := true
	for _, c := range seen {
		same = same && c == seen[0]
	}
	fmt.Println("all same pointer:", same, "loads:", loads)

	keys := make([]string, 0)
	for k := range cfg.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%q\n", k, cfg.Values[k])
	}
	p, err := parsePort()
	fmt.Println(p, err, getRegion())

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
