package interp

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// oracleCache keeps what each compiled corpus program did, keyed by its
// source and the toolchain's version, in the user's cache directory: a
// program that has not changed is not linked again on the next run of the
// test on this machine. A fresh machine (CI) has no cache and builds every
// program; GOBACKPROP_ORACLE_CACHE=off does so here too.
type oracleCache struct {
	dir string // "" when off
}

// cachedRun is an oracleRun as stored.
type cachedRun struct {
	Stdout string `json:"stdout"`
	Panic  string `json:"panic"`
	Failed bool   `json:"failed"`
}

func newOracleCache(t *testing.T, goTool string) oracleCache {
	t.Helper()
	if os.Getenv("GOBACKPROP_ORACLE_CACHE") == "off" {
		return oracleCache{}
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return oracleCache{}
	}
	out, err := exec.Command(goTool, "env", "GOVERSION", "GOOS", "GOARCH").Output()
	if err != nil {
		return oracleCache{}
	}
	dir := filepath.Join(base, "gobackprop", "corpus-oracle", strings.Join(strings.Fields(string(out)), "-"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return oracleCache{}
	}
	return oracleCache{dir: dir}
}

// key names a program's entry: the hash of its source.
func (c oracleCache) key(file string) (string, bool) {
	if c.dir == "" {
		return "", false
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return "", false
	}
	sum := sha256.Sum256(src)
	return filepath.Join(c.dir, hex.EncodeToString(sum[:])+".json"), true
}

func (c oracleCache) load(file string) (oracleRun, bool) {
	path, ok := c.key(file)
	if !ok {
		return oracleRun{}, false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return oracleRun{}, false
	}
	var r cachedRun
	if json.Unmarshal(b, &r) != nil {
		return oracleRun{}, false
	}
	return oracleRun{stdout: r.Stdout, panic: r.Panic, failed: r.Failed}, true
}

func (c oracleCache) store(file string, r oracleRun) {
	path, ok := c.key(file)
	if !ok {
		return
	}
	b, _ := json.Marshal(cachedRun{Stdout: r.stdout, Panic: r.panic, Failed: r.failed})
	// Written whole and renamed, so that a test cut off never leaves a
	// half entry another run would read.
	tmp := path + ".tmp"
	if os.WriteFile(tmp, b, 0o644) == nil {
		os.Rename(tmp, path)
	}
}
