package dev.anvilcheck.anvil.internal;

import dev.anvilcheck.python.PythonVersion;

/** Whether a wheel's tags fit CPython of a version on Linux x86_64 (glibc), as pip decides. Stateless. */
final class WheelTags {

    private WheelTags() {
    }

    static boolean installable(String filename, PythonVersion v) {
        String base = filename.endsWith(".whl") ? filename.substring(0, filename.length() - 4) : filename;
        String[] parts = base.split("-");
        if (parts.length != 5 && parts.length != 6) {
            return false;
        }
        String[] pys = parts[parts.length - 3].split("\\.");
        String[] abis = parts[parts.length - 2].split("\\.");
        String[] plats = parts[parts.length - 1].split("\\.");
        boolean platform = false;
        for (String p : plats) {
            platform |= p.equals("any") || p.equals("linux_x86_64")
                    || (p.startsWith("manylinux") && p.endsWith("_x86_64"));
        }
        if (!platform) {
            return false;
        }
        String cp = "cp" + v.major() + v.minor();
        for (String py : pys) {
            for (String abi : abis) {
                if (fits(py, abi, v, cp)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fits(String py, String abi, PythonVersion v, String cp) {
        boolean abiOk = abi.equals("none") || abi.equals("abi3") || abi.equals(cp) || abi.equals(cp + "m")
                || abi.equals(cp + "d") || abi.equals(cp + "dm");
        if (!abiOk) {
            return false;
        }
        if (py.startsWith("py")) {
            String rest = py.substring(2);
            if (rest.equals(String.valueOf(v.major()))) {
                return true;
            }
            return minorOf(rest, v.major()) >= 0 && minorOf(rest, v.major()) <= v.minor() && abi.equals("none");
        }
        if (py.startsWith("cp")) {
            int minor = minorOf(py.substring(2), v.major());
            if (minor < 0) {
                return false;
            }
            if (abi.equals("abi3")) {
                return minor <= v.minor();
            }
            return minor == v.minor();
        }
        return false;
    }

    /** {@code "310"} for major 3 gives 10; anything else gives -1. */
    private static int minorOf(String digits, int major) {
        String m = String.valueOf(major);
        if (!digits.startsWith(m) || digits.length() <= m.length() || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits.substring(m.length()));
    }
}
