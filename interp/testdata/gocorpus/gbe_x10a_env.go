// Exercises: environment variables - os.Setenv, Getenv, LookupEnv, Unsetenv, ExpandEnv/Expand, scanning os.Environ for our own keys, invalid keys
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
)

func settingOr(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func main() {
	os.Setenv("X10A_DB_HOST", "db.internal")
	os.Setenv("X10A_DB_PORT", "5432")
	fmt.Println(os.Getenv("X10A_DB_HOST"), os.Getenv("X10A_DB_PORT"))
	fmt.Printf("%q\n", os.Getenv("X10A_DB_USER"))

	fmt.Println(settingOr("X10A_DB_USER", "postgres"), settingOr("X10A_DB_PORT", "1"))
	os.Setenv("X10A_DB_USER", "")
	v, ok := os.LookupEnv("X10A_DB_USER")
	fmt.Printf("%q %v %q\n", v, ok, settingOr("X10A_DB_USER", "postgres"))

	dsn := os.ExpandEnv("postgres://$X10A_DB_USER@${X10A_DB_HOST}:${X10A_DB_PORT}/app?x=$X10A_UNSET")
	fmt.Println(dsn)
	fmt.Println(os.Expand("${greeting}, $name!", func(k string) string {
		return map[string]string{"greeting": "hello", "name": "gopher"}[k]
	}))

	var ours []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "X10A_DB_") {
			ours = append(ours, kv)
		}
	}
	slices.Sort(ours)
	fmt.Println(ours)

	os.Unsetenv("X10A_DB_PORT")
	_, ok = os.LookupEnv("X10A_DB_PORT")
	fmt.Println("port still set:", ok)
	err := os.Setenv("", "x")
	fmt.Println("empty key rejected:", err != nil)
}
