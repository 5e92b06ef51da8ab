/*
 * Stand-in for the JDK's libextnet (jdk.net.LinuxSocketOptions) for native-image toolchains that ship no
 * static libextnet.a, such as one assembled from Maven Central jars. rhc drill's DNS server opens a UDP
 * socket, and every JDK socket asks once at class initialization which Linux extended options exist; this
 * answers "none", which only hides options rhc never sets (TCP_QUICKACK, keep-alive tuning, NAPI ids).
 * scripts/build-native.sh links it only when the toolchain lacks the real library.
 */
#include <jni.h>

JNIEXPORT jint JNICALL JNI_OnLoad_extnet(JavaVM *vm, void *reserved) {
  (void) vm;
  (void) reserved;
  return JNI_VERSION_1_8;
}

JNIEXPORT jboolean JNICALL Java_jdk_net_LinuxSocketOptions_quickAckSupported0(JNIEnv *env, jclass cls) {
  (void) env;
  (void) cls;
  return JNI_FALSE;
}

JNIEXPORT jboolean JNICALL Java_jdk_net_LinuxSocketOptions_keepAliveOptionsSupported0(JNIEnv *env, jclass cls) {
  (void) env;
  (void) cls;
  return JNI_FALSE;
}

JNIEXPORT jboolean JNICALL Java_jdk_net_LinuxSocketOptions_incomingNapiIdSupported0(JNIEnv *env, jclass cls) {
  (void) env;
  (void) cls;
  return JNI_FALSE;
}
