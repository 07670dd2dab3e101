// Exercises: an INI config parser with sections, comments and key=value lines, line-numbered errors, nested maps, a typed getter with strconv and a default.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Config map[string]map[string]string

func parse(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
		case line[0] == '[' && line[len(line)-1] == ']':
			section = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, fmt.Errorf("line %d: expected key=value, got %q", n, line)
			}
			cfg[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return cfg, nil
}

func (c Config) Int(section, key string, def int) int {
	if v, err := strconv.Atoi(c[section][key]); err == nil {
		return v
	}
	return def
}

func main() {
	src := "name = demo\n; comment\n[server]\nport=8080\nhost = \"localhost\"\n\n[db]\nuser=admin\nport = oops\n"
	cfg, err := parse(src)
	fmt.Println(err)
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("db", "port", 5432), cfg.Int("none", "x", -1))
	_, err = parse("[a]\nbroken line\n")
	fmt.Println(err)
}
