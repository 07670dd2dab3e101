// Exercises: struct embedding a pointer; promoted fields and methods via the embedded pointer.
package main

import "fmt"

type Config struct {
	Debug bool
	Name  string
}

func (c *Config) Describe() string {
	if c == nil {
		return "no config"
	}
	return fmt.Sprintf("%s debug=%v", c.Name, c.Debug)
}

type Service struct {
	*Config
	Port int
}

func main() {
	s := Service{Port: 80}
	fmt.Println(s.Describe())
	s.Config = &Config{Name: "api"}
	s.Debug = true
	fmt.Println(s.Describe(), s.Port)
	shared := s
	shared.Name = "changed"
	fmt.Println(s.Name)
}
